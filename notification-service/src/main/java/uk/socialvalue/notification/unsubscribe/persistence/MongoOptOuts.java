package uk.socialvalue.notification.unsubscribe.persistence;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.notification.email.Category;
import uk.socialvalue.notification.unsubscribe.OptOut;
import uk.socialvalue.notification.unsubscribe.OptOuts;

/**
 * The opt-outs in the {@code unsubscriptions} collection, one document per category and address; the id is
 * both, so recording twice is one upsert.
 */
@Repository
class MongoOptOuts implements OptOuts {

    private final MongoCollection<Document> collection;

    MongoOptOuts(MongoDatabase database) {
        this.collection = database.getCollection("unsubscriptions");
    }

    @Override
    public void record(OptOut optOut, Instant at) {
        collection.updateOne(Filters.eq("_id", id(optOut)),
                Updates.combine(Updates.setOnInsert("address", optOut.address()),
                        Updates.setOnInsert("category", optOut.category().name()),
                        Updates.setOnInsert("unsubscribedAt", Date.from(at))),
                new UpdateOptions().upsert(true));
    }

    @Override
    public boolean contains(OptOut optOut) {
        return collection.countDocuments(Filters.eq("_id", id(optOut))) > 0;
    }

    @Override
    public java.util.List<Category> of(String address) {
        return collection.find(Filters.eq("address", address)).map(d -> Category.valueOf(d.getString("category")))
                .into(new java.util.ArrayList<>());
    }

    @Override
    public long removeAll(String address) {
        return collection.deleteMany(Filters.eq("address", address)).getDeletedCount();
    }

    private static String id(OptOut optOut) {
        return optOut.category().name() + ":" + optOut.address();
    }
}
