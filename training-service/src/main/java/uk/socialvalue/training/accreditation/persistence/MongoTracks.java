package uk.socialvalue.training.accreditation.persistence;

import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.training.accreditation.Track;
import uk.socialvalue.training.accreditation.Tracks;

/** Accreditation tracks in the {@value #COLLECTION} collection: a handful of small documents. */
@Repository
class MongoTracks extends AggregateStore<Track> implements Tracks {

    static final String COLLECTION = "accreditationTracks";

    MongoTracks(AggregateStores stores) {
        super(stores, COLLECTION, Track.NAME, new Mapping());
    }

    @Override
    public List<Track> all() {
        return read(collection().find().sort(Sorts.ascending("name", "_id")));
    }

    static final class Mapping implements AggregateMapping<Track> {

        @Override
        public Document toDocument(Track track) {
            return new Document("_id", track.id()).append("name", track.name())
                    .append("levels", track.levels().stream().map(level -> new Document("number", level.number())
                            .append("courseId", level.courseId()).append("courseCode", level.courseCode())
                            .append("courseTitle", level.courseTitle())).toList())
                    .append("validityMonths", track.validityMonths())
                    .append("definedAt", Date.from(track.definedAt()));
        }

        @Override
        public Track toAggregate(Document d, long version) {
            return Track.restore(d.getString("_id"), d.getString("name"), d.getList("levels", Document.class).stream()
                    .map(level -> new Track.Level(level.getInteger("number"), level.getString("courseId"),
                            level.getString("courseCode"), level.getString("courseTitle"))).toList(),
                    d.getInteger("validityMonths"), d.getDate("definedAt").toInstant(), version);
        }
    }
}
