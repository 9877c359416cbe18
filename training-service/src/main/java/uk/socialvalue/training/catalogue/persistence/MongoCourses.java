package uk.socialvalue.training.catalogue.persistence;

import java.math.BigDecimal;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.aggregate.AggregateStore;
import uk.socialvalue.support.aggregate.AggregateStores;
import uk.socialvalue.support.aggregate.DuplicateKey;
import uk.socialvalue.training.catalogue.Course;
import uk.socialvalue.training.catalogue.CourseDetails;
import uk.socialvalue.training.catalogue.CourseStatus;
import uk.socialvalue.training.catalogue.Courses;

/**
 * Courses in the {@value #COLLECTION} collection, one versioned document each; a unique index keeps codes
 * unique, also for the seed.
 */
@Repository
class MongoCourses extends AggregateStore<Course> implements Courses {

    static final String COLLECTION = "courses";

    MongoCourses(AggregateStores stores) {
        super(stores, COLLECTION, Course.NAME, new CourseMapping());
        collection().createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).name("unique_code"));
    }

    @Override
    public void add(Course course) {
        try {
            super.add(course);
        } catch (DuplicateKey e) {
            throw new CodeTaken(course.details().code());
        }
    }

    @Override
    public boolean addIfAbsent(Course course) {
        Document document = new CourseMapping().toDocument(course).append(AggregateStore.VERSION, course.version());
        document.remove("code");
        try {
            var result = collection().updateOne(Filters.eq("code", course.details().code()),
                    Updates.setOnInsert(document), new UpdateOptions().upsert(true));
            return result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // another instance seeded it at the same moment
            }
            throw e;
        }
    }

    @Override
    public List<Course> all(boolean includeRetired) {
        var filter = includeRetired ? new Document() : Filters.eq("status", CourseStatus.ACTIVE.name());
        return read(collection().find(filter).sort(Sorts.ascending("title")));
    }

    /** A course as one document; decimals as text, so that no hours are lost to binary floating point. */
    static final class CourseMapping implements AggregateMapping<Course> {

        @Override
        public Document toDocument(Course course) {
            return new Document("_id", course.id())
                    .append("code", course.details().code())
                    .append("title", course.details().title())
                    .append("summary", course.details().summary())
                    .append("audience", course.details().audience())
                    .append("durationHours", text(course.details().durationHours()))
                    .append("cpdHours", text(course.details().cpdHours()))
                    .append("status", course.status().name());
        }

        @Override
        public Course toAggregate(Document document, long version) {
            return new Course(document.getString("_id"), new CourseDetails(document.getString("code"),
                    document.getString("title"), document.getString("summary"), document.getString("audience"),
                    decimal(document.getString("durationHours")), decimal(document.getString("cpdHours"))),
                    CourseStatus.valueOf(document.getString("status")), version);
        }

        private static String text(BigDecimal decimal) {
            return decimal == null ? null : decimal.toPlainString();
        }

        private static BigDecimal decimal(String text) {
            return text == null ? null : new BigDecimal(text);
        }
    }
}
