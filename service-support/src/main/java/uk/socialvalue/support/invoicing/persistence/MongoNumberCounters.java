package uk.socialvalue.support.invoicing.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.DuplicateKey;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.invoicing.GapFreeNumbering;

/**
 * The highest number reached per series, one tiny document per series and financial year keyed by its name,
 * raised with {@code $max}; and the insert that claims a number, which a numbered document's repository uses.
 */
public class MongoNumberCounters implements GapFreeNumbering.Counters {

    private final MongoCollection<Document> series;

    public MongoNumberCounters(MongoDatabase database, String collection) {
        this.series = database.getCollection(collection);
    }

    @Override
    public long lastNumber(String seriesName) {
        Document found = series.find(Filters.eq("_id", seriesName)).first();
        return found == null ? 0 : ((Number) found.get("last")).longValue();
    }

    @Override
    public void reached(String seriesName, long number) {
        series.updateOne(Filters.eq("_id", seriesName), Updates.max("last", number), new UpdateOptions().upsert(true));
    }

    /**
     * Inserts a document whose {@code _id} is its number and which is unique by what it is for (its holder):
     * stored, or refused because the holder has its document already, or because the number is taken.
     */
    public static <A extends Aggregate> GapFreeNumbering.Claim claim(AggregateStore<A> store, A numbered,
            Bson holder) {
        try {
            store.add(numbered);
            return GapFreeNumbering.Claim.STORED;
        } catch (DuplicateKey e) {
            return store.first(holder).isPresent() ? GapFreeNumbering.Claim.ALREADY_ISSUED
                    : GapFreeNumbering.Claim.NUMBER_TAKEN;
        }
    }
}
