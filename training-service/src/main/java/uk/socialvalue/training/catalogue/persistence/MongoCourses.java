package uk.socialvalue.training.catalogue.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.training.catalogue.Course;
import uk.socialvalue.training.catalogue.CourseDetails;
import uk.socialvalue.training.catalogue.CourseStatus;
import uk.socialvalue.training.catalogue.Courses;

/** Courses in the {@value #COLLECTION} collection; a unique index keeps codes unique, also for the seed. */
@Repository
class MongoCourses implements Courses {

    static final String COLLECTION = "courses";

    private final MongoCollection<Document> collection;

    MongoCourses(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        collection.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).name("unique_code"));
    }

    @Override
    public void add(Course course) {
        try {
            collection.insertOne(toDocument(course));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new CodeTaken(course.details().code());
            }
            throw e;
        }
    }

    @Override
    public boolean addIfAbsent(Course course) {
        Document document = toDocument(course);
        document.remove("code");
        try {
            var result = collection.updateOne(Filters.eq("code", course.details().code()),
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
    public void save(Course course) {
        Document document = toDocument(course);
        document.remove("_id");
        collection.replaceOne(Filters.eq("_id", course.id()), document.append("_id", course.id()));
    }

    @Override
    public Optional<Course> byId(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(MongoCourses::toDomain);
    }

    @Override
    public List<Course> all(boolean includeRetired) {
        List<Course> courses = new ArrayList<>();
        var filter = includeRetired ? new Document() : Filters.eq("status", CourseStatus.ACTIVE.name());
        collection.find(filter).sort(Sorts.ascending("title")).forEach(document -> courses.add(toDomain(document)));
        return courses;
    }

    static Document toDocument(Course course) {
        CourseDetails details = course.details();
        return new Document("_id", course.id())
                .append("code", details.code())
                .append("title", details.title())
                .append("summary", details.summary())
                .append("audience", details.audience())
                .append("durationHours", text(details.durationHours()))
                .append("cpdHours", text(details.cpdHours()))
                .append("status", course.status().name());
    }

    static Course toDomain(Document document) {
        return new Course(document.getString("_id"), new CourseDetails(document.getString("code"),
                document.getString("title"), document.getString("summary"), document.getString("audience"),
                decimal(document.getString("durationHours")), decimal(document.getString("cpdHours"))),
                CourseStatus.valueOf(document.getString("status")));
    }

    /** Decimals as text, so that no hours are lost to binary floating point. */
    private static String text(BigDecimal decimal) {
        return decimal == null ? null : decimal.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
