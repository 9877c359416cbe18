package uk.socialvalue.training.booking.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.outbox.Outbox;
import uk.socialvalue.training.booking.Booking;
import uk.socialvalue.training.booking.BookingStatus;
import uk.socialvalue.training.booking.CourseSnapshot;
import uk.socialvalue.training.booking.Price;
import uk.socialvalue.training.booking.Session;
import uk.socialvalue.training.booking.SessionPlan;
import uk.socialvalue.training.booking.SessionStatus;
import uk.socialvalue.training.booking.Sessions;

/**
 * Sessions in the {@value #COLLECTION} collection, one document each holding its bookings (in arrival order)
 * and its outbox. Every change is one {@code updateOne} matching the version it was loaded at, so seats,
 * bookings and the events announcing them are written together or not at all: a crash between two writes
 * cannot oversell a session or lose a booking, because there is only one write. {@code seatsTaken},
 * {@code seatsLeft} and {@code waitlisted} are copies of what the bookings say, for queries and operators.
 */
@Repository
class MongoSessions implements Sessions {

    static final String COLLECTION = "sessions";

    private final MongoCollection<Document> collection;
    private final Outbox outbox;

    MongoSessions(MongoDatabase database, Outbox outbox) {
        this.collection = database.getCollection(COLLECTION);
        this.outbox = outbox;
        collection.createIndex(Indexes.ascending("bookings.id"), new IndexOptions().name("by_booking"));
        collection.createIndex(Indexes.ascending("bookings.organisationId"), new IndexOptions().name("by_organisation"));
        collection.createIndex(Indexes.ascending("status", "startsAt"), new IndexOptions().name("upcoming"));
    }

    @Override
    public void add(Session session) {
        collection.insertOne(toDocument(session).append("version", session.version())
                .append(Outbox.FIELD, outbox.entries(session.events())));
        outbox.published();
    }

    @Override
    public void save(Session session) {
        Document state = toDocument(session);
        state.remove("_id");
        List<Bson> updates = new ArrayList<>();
        state.forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.inc("version", 1L));
        if (!session.events().isEmpty()) {
            updates.add(outbox.append(session.events()));
        }
        var result = collection.updateOne(
                Filters.and(Filters.eq("_id", session.id()), Filters.eq("version", session.version())),
                Updates.combine(updates));
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate(session.id());
        }
        outbox.published();
    }

    @Override
    public Optional<Session> byId(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).projection(Outbox.EXCLUDED).first())
                .map(MongoSessions::toDomain);
    }

    @Override
    public Optional<Session> withBooking(String bookingId) {
        return Optional.ofNullable(collection.find(Filters.eq("bookings.id", bookingId)).projection(Outbox.EXCLUDED)
                .first()).map(MongoSessions::toDomain);
    }

    @Override
    public List<Session> withBookingsOf(String organisationId) {
        return list(Filters.eq("bookings.organisationId", organisationId));
    }

    @Override
    public List<Session> scheduled(Instant from, Instant to, String courseId, SessionFormat format) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("status", SessionStatus.SCHEDULED.name()),
                Filters.gte("startsAt", Date.from(from))));
        if (to != null) {
            filters.add(Filters.lt("startsAt", Date.from(to)));
        }
        if (courseId != null) {
            filters.add(Filters.eq("course.id", courseId));
        }
        if (format != null) {
            filters.add(Filters.eq("format", format.name()));
        }
        return list(Filters.and(filters));
    }

    private List<Session> list(Bson filter) {
        List<Session> sessions = new ArrayList<>();
        collection.find(filter).projection(Outbox.EXCLUDED).sort(Sorts.ascending("startsAt", "_id"))
                .forEach(document -> sessions.add(toDomain(document)));
        return sessions;
    }

    static Document toDocument(Session session) {
        SessionPlan plan = session.plan();
        CourseSnapshot course = plan.course();
        return new Document("_id", session.id())
                .append("course", new Document("id", course.courseId()).append("code", course.code())
                        .append("title", course.title()).append("cpdHours", course.cpdHours().toPlainString()))
                .append("startsAt", Date.from(plan.startsAt()))
                .append("endsAt", Date.from(plan.endsAt()))
                .append("format", plan.format().name())
                .append("venue", plan.venue())
                .append("onlineUrl", plan.onlineUrl())
                .append("capacity", plan.capacity())
                .append("memberPrice", plan.memberPrice().toPlainString())
                .append("nonMemberPrice", plan.nonMemberPrice().toPlainString())
                .append("bookingCutOff", Date.from(plan.bookingCutOff()))
                .append("scheduledAt", date(session.scheduledAt()))
                .append("status", session.status().name())
                .append("cancellationReason", session.cancellationReason())
                .append("cancelledAt", date(session.cancelledAt()))
                .append("seatsTaken", session.seatsTaken())
                .append("seatsLeft", session.seatsLeft())
                .append("waitlisted", session.waitlisted())
                .append("bookings", session.bookings().stream().map(MongoSessions::toDocument).toList());
    }

    private static Document toDocument(Booking booking) {
        Price price = booking.price();
        return new Document("id", booking.id())
                .append("organisationId", booking.organisationId())
                .append("organisationName", booking.organisationName())
                .append("contact", new Document("personId", booking.contact().personId())
                        .append("name", booking.contact().name()).append("email", booking.contact().email()))
                .append("attendees", booking.attendees().stream()
                        .map(a -> new Document("name", a.name()).append("email", a.email())).toList())
                .append("purchaseOrder", booking.purchaseOrder())
                .append("price", new Document("net", price.net().toPlainString())
                        .append("vat", price.vat().toPlainString()).append("gross", price.gross().toPlainString())
                        .append("basis", price.basis().name()))
                .append("bookedAt", Date.from(booking.bookedAt()))
                .append("status", booking.status().name())
                .append("confirmedAt", date(booking.confirmedAt()))
                .append("cancelledAt", date(booking.cancelledAt()))
                .append("cancellationReason", booking.cancellationReason())
                .append("remindedAt", date(booking.remindedAt()))
                .append("attendance", booking.attendance().entrySet().stream()
                        .map(e -> new Document("email", e.getKey()).append("attended", e.getValue())).toList());
    }

    static Session toDomain(Document document) {
        Document course = document.get("course", Document.class);
        var plan = new SessionPlan(new CourseSnapshot(course.getString("id"), course.getString("code"),
                course.getString("title"), new BigDecimal(course.getString("cpdHours"))),
                instant(document.getDate("startsAt")), instant(document.getDate("endsAt")),
                SessionFormat.valueOf(document.getString("format")), document.getString("venue"),
                document.getString("onlineUrl"), document.getInteger("capacity"),
                new BigDecimal(document.getString("memberPrice")), new BigDecimal(document.getString("nonMemberPrice")),
                instant(document.getDate("bookingCutOff")));
        List<Booking> bookings = document.getList("bookings", Document.class, List.of()).stream()
                .map(MongoSessions::toBooking).toList();
        return Session.restore(document.getString("_id"), plan, instant(document.getDate("scheduledAt")),
                SessionStatus.valueOf(document.getString("status")), document.getString("cancellationReason"),
                instant(document.getDate("cancelledAt")), bookings, ((Number) document.get("version")).longValue());
    }

    private static Booking toBooking(Document document) {
        Document contact = document.get("contact", Document.class);
        Document price = document.get("price", Document.class);
        Map<String, Boolean> attendance = new LinkedHashMap<>();
        document.getList("attendance", Document.class, List.of())
                .forEach(entry -> attendance.put(entry.getString("email"), entry.getBoolean("attended")));
        return Booking.restore(document.getString("id"), document.getString("organisationId"),
                document.getString("organisationName"),
                new BookingContact(contact.getString("personId"), contact.getString("name"), contact.getString("email")),
                document.getList("attendees", Document.class).stream()
                        .map(a -> new Attendee(a.getString("name"), a.getString("email"))).toList(),
                document.getString("purchaseOrder"),
                Price.of(price.getString("net"), price.getString("vat"), price.getString("gross"),
                        PriceBasis.valueOf(price.getString("basis"))),
                instant(document.getDate("bookedAt")), BookingStatus.valueOf(document.getString("status")),
                instant(document.getDate("confirmedAt")), instant(document.getDate("cancelledAt")),
                document.getString("cancellationReason"), instant(document.getDate("remindedAt")), attendance);
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
