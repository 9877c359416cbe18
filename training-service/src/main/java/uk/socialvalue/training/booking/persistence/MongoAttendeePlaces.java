package uk.socialvalue.training.booking.persistence;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import uk.socialvalue.training.booking.AttendeePlaces;
import uk.socialvalue.training.booking.BookingStatus;

/**
 * Attendees' places in the {@value #COLLECTION} collection, keyed {@code <sessionId>|<email>}: the unique
 * {@code _id} is what allows one live place per email per session, on any number of instances. A place whose
 * booking was never stored (its instance died between the two writes) or was cancelled without giving it back
 * is taken over after {@link #ABANDONED_AFTER}, with a compare-and-set on the booking that held it.
 */
@Repository
class MongoAttendeePlaces implements AttendeePlaces {

    static final String COLLECTION = "attendeePlaces";
    /** Far longer than a booking takes between claiming its places and storing itself. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    private static final String BOOKING_ID = "bookingId";

    private final MongoCollection<Document> places;
    private final MongoCollection<Document> bookings;
    // Wall-clock time between writes of one instance, never the business clock that tests move.
    private final Clock clock = Clock.systemUTC();

    MongoAttendeePlaces(MongoDatabase database) {
        this.places = database.getCollection(COLLECTION);
        this.bookings = database.getCollection(MongoSessionBookings.COLLECTION);
        // "This place, if this booking still holds it", answered by an index on any MongoDB.
        places.createIndex(Indexes.ascending("_id", BOOKING_ID), new IndexOptions().name("held_by").unique(true));
    }

    @Override
    public List<String> claim(String sessionId, String bookingId, List<String> emails) {
        List<String> claimed = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (String email : emails) {
            if (claimOne(sessionId, bookingId, email)) {
                claimed.add(email);
            } else {
                taken.add(email);
            }
        }
        if (!taken.isEmpty()) {
            release(sessionId, bookingId, claimed);
        }
        return taken;
    }

    private boolean claimOne(String sessionId, String bookingId, String email) {
        Document place = new Document("_id", key(sessionId, email)).append(BOOKING_ID, bookingId)
                .append("sessionId", sessionId).append("claimedAt", Date.from(clock.instant()));
        try {
            places.insertOne(place);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document holder = places.find(Filters.eq("_id", key(sessionId, email))).first();
        if (holder == null || !isAbandoned(holder)) {
            return false;
        }
        Document heldByThem = new Document("_id", holder.get("_id")).append(BOOKING_ID, holder.getString(BOOKING_ID));
        return places.replaceOne(heldByThem, place).getModifiedCount() > 0;
    }

    private boolean isAbandoned(Document place) {
        Document booking = bookings.find(Filters.eq("_id", place.getString(BOOKING_ID)))
                .projection(Projections.include("status")).first();
        if (booking != null) {
            return BookingStatus.CANCELLED.name().equals(booking.getString("status"));
        }
        return place.getDate("claimedAt").toInstant().plus(ABANDONED_AFTER).isBefore(clock.instant());
    }

    @Override
    public void release(String sessionId, String bookingId, List<String> emails) {
        for (String email : emails) {
            places.deleteOne(new Document("_id", key(sessionId, email)).append(BOOKING_ID, bookingId));
        }
    }

    @Override
    public Optional<String> holder(String sessionId, String email) {
        return Optional.ofNullable(places.find(Filters.eq("_id", key(sessionId, email))).first())
                .map(place -> place.getString(BOOKING_ID));
    }

    private static String key(String sessionId, String email) {
        return sessionId + "|" + email;
    }
}
