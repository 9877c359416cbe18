package uk.socialvalue.training.booking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * How sessions and bookings sit in the store: a session is one small document whatever its bookings, seats are
 * taken by atomic conditional updates that never exceed the capacity, and a booking is written with its event
 * in one document.
 */
@TrainingIntegrationTest
class SessionStoreTests {

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    Sessions sessions;

    @Autowired
    SessionBookings bookings;

    @Autowired
    WaitingLists waitingLists;

    @Autowired
    Bookings booking;

    @Autowired
    MongoDatabase database;

    @Test
    void neverTakesMoreSeatsThanTheCapacityWhateverTheInterleaving() throws Exception {
        String sessionId = fixtures.scheduleSession(50, Duration.ofDays(30));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Sessions.SeatClaim>> claims = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int seats = 1 + i % 3;
                claims.add(() -> sessions.takeSeats(sessionId, seats));
            }
            int taken = 0;
            List<Future<Sessions.SeatClaim>> outcomes = pool.invokeAll(claims);
            for (int i = 0; i < outcomes.size(); i++) {
                Sessions.SeatClaim claim = outcomes.get(i).get();
                if (claim.outcome() == Sessions.SeatClaim.Outcome.TAKEN) {
                    taken += 1 + i % 3;
                }
            }
            Session stored = sessions.byId(sessionId).orElseThrow();
            assertThat(stored.seatsTaken()).as("every seat taken, and only those").isEqualTo(taken);
            assertThat(taken).isLessThanOrEqualTo(50).isGreaterThanOrEqualTo(48);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writesABookingAndItsEventInOneDocumentAndLeavesTheSessionAsItWas() {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(30));
        int sessionSize = sizeOf("sessions", sessionId);

        var made = booking.book(sessionId, request("one@x.example"));

        Document stored = database.getCollection("bookings").find(Filters.eq("_id", made.booking().id())).first();
        assertThat(stored.getString("sessionId")).isEqualTo(sessionId);
        // The event went into the booking's own outbox with it, where the relay, nudged by the write, may already
        // have published and removed it: its id is the one the booking recorded.
        String eventId = made.booking().events().get(0).eventId();
        assertThat(stored.getList("outbox", Document.class, List.of())).extracting(entry -> entry.getString("eventId"))
                .isSubsetOf(List.of(eventId));
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            var record = consumer.awaitRecord(r -> eventId.equals(new String(r.headers().lastHeader("ce_id").value())));
            assertThat(record.key()).as("keyed by the session, as ever").isEqualTo(sessionId);
        }
        await().untilAsserted(() -> assertThat(database.getCollection("bookings")
                .find(Filters.eq("_id", made.booking().id())).first().getList("outbox", Document.class, List.of()))
                .as("published, then removed").isEmpty());
        assertThat(sessions.byId(sessionId).orElseThrow().seatsTaken()).isEqualTo(1);
        assertThat(sizeOf("sessions", sessionId)).as("the counter only: a few bytes").isLessThan(sessionSize + 64);
    }

    @Test
    void keepsTheWaitingListInArrivalOrderAndSkipsWhoLeft() {
        String sessionId = fixtures.scheduleSession(1, Duration.ofDays(30));
        booking.book(sessionId, request("first@x.example"));
        List<Booking> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(booking.book(sessionId, request("waiting" + i + "@x.example")).booking());
        }

        booking.cancel(waiting.get(1).id(), true, null);

        assertThat(waitingLists.inOrder(sessionId)).extracting(WaitingLists.Entry::bookingId)
                .containsExactly(waiting.get(0).id(), waiting.get(2).id(), waiting.get(3).id());
        assertThat(booking.booking(waiting.get(3).id()).waitlistPosition()).isEqualTo(3);
        assertThat(sessions.byId(sessionId).orElseThrow().waitlisted()).isEqualTo(3);
    }

    @Test
    void promotesTheEarliestWaitingBookingsThatFitWhenPlacesAreCancelled() {
        String sessionId = fixtures.scheduleSession(4, Duration.ofDays(30));
        String confirmed = booking.book(sessionId, request("a@x.example", "b@x.example", "c@x.example")).booking().id();
        String twoSeats = booking.book(sessionId, request("d@x.example", "e@x.example")).booking().id();
        String fourSeats = booking.book(sessionId, request("f@x.example", "g@x.example", "h@x.example", "i@x.example"))
                .booking().id();
        String oneSeat = booking.book(sessionId, request("j@x.example")).booking().id();
        String laterTwo = booking.book(sessionId, request("k@x.example", "l@x.example")).booking().id();
        assertThat(status(oneSeat)).as("fits in the last seat").isEqualTo(BookingStatus.CONFIRMED);

        booking.cancel(confirmed, false, "Diary clash");

        assertThat(status(twoSeats)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(status(fourSeats)).as("does not fit in 3").isEqualTo(BookingStatus.WAITLISTED);
        assertThat(status(laterTwo)).as("1 seat left").isEqualTo(BookingStatus.WAITLISTED);
        assertThat(sessions.byId(sessionId).orElseThrow().seatsLeft()).isEqualTo(1);
        assertThat(bookings.byId(twoSeats).orElseThrow().price().summary().net())
                .as("the price it was made at: an organisation unknown to the projection pays the non-member price")
                .isEqualTo("800.00");
    }

    @Test
    void keepsTheSessionDocumentSmallWhateverItsBookings() {
        String sessionId = fixtures.scheduleSession(2, Duration.ofDays(30));
        int empty = sizeOf("sessions", sessionId);

        for (int i = 0; i < 60; i++) {
            booking.book(sessionId, request("many" + i + "@x.example"));
        }

        assertThat(sizeOf("sessions", sessionId)).as("counters, not bookings").isLessThan(empty + 200);
    }

    /**
     * Issue 13's size budget: a 10,000-seat session, full, with a long waiting list, stays far within 1 MB
     * (real MongoDB refuses documents over 16 MB), and so does each of its documents.
     */
    @Test
    void staysWithinOneMegabyteWhenTenThousandSeatsAreFullWithALongWaitingList() {
        String sessionId = fixtures.scheduleSession(10_000, Duration.ofDays(30));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 150; i++) { // 100 full bookings of 100 attendees, then 50 waiting
            String[] attendees = new String[100];
            for (int a = 0; a < 100; a++) {
                attendees[a] = "b" + i + "a" + a + "@x.example";
            }
            made.add(booking.book(sessionId, request(attendees)).booking().id());
        }

        Session full = sessions.byId(sessionId).orElseThrow();
        assertThat(full.seatsLeft()).isZero();
        assertThat(full.waitlisted()).isEqualTo(50);
        assertThat(sizeOf("sessions", sessionId)).isLessThan(1024 * 1024).isLessThan(4096);
        assertThat(made).allSatisfy(id -> assertThat(sizeOf("bookings", id)).isLessThan(1024 * 1024));
    }

    private BookingStatus status(String bookingId) {
        return bookings.byId(bookingId).orElseThrow().status();
    }

    private int sizeOf(String collection, String id) {
        Document document = database.getCollection(collection).find(Filters.eq("_id", id)).first();
        return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
    }

    private static BookingRequest request(String... emails) {
        return new BookingRequest("org-" + UUID.randomUUID(), new BookingContact("person-1", "Booker", "booker@x.example"),
                java.util.Arrays.stream(emails).map(email -> new Attendee("Name of " + email,
                        TrainingFixtures.uniqueEmail(email.substring(0, email.indexOf('@'))))).toList(),
                "PO-123");
    }
}
