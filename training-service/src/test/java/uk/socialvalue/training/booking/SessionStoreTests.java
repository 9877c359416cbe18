package uk.socialvalue.training.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@TrainingIntegrationTest
class SessionStoreTests {

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    Sessions sessions;

    @Autowired
    MongoDatabase database;

    @Test
    void refusesToSaveACopyOfASessionThatSomeoneElseChangedMeanwhile() {
        String sessionId = fixtures.scheduleSession(1, Duration.ofDays(30));
        Session mine = sessions.byId(sessionId).orElseThrow();
        Session theirs = sessions.byId(sessionId).orElseThrow();
        theirs.book("theirs", request("their@x.example"), null, PriceBasis.MEMBER, java.time.Instant.now());
        sessions.save(theirs);

        mine.book("mine", request("mine@x.example"), null, PriceBasis.MEMBER, java.time.Instant.now());

        assertThat(mine.booking("mine").orElseThrow().status()).as("it believed the seat was free")
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> sessions.save(mine)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(sessions.byId(sessionId).orElseThrow().seatsTaken()).isEqualTo(1);
    }

    @Test
    void writesTheBookingTheSeatCountAndItsEventInOneDocument() {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(30));
        Session session = sessions.byId(sessionId).orElseThrow();
        session.book("b-" + UUID.randomUUID(), request("one@x.example"), null, PriceBasis.MEMBER, java.time.Instant.now());
        String eventId = session.events().get(0).eventId();

        sessions.save(session);

        Document stored = database.getCollection("sessions").find(Filters.eq("_id", sessionId)).first();
        assertThat(stored.getInteger("seatsTaken")).isEqualTo(1);
        assertThat(stored.getList("bookings", Document.class)).hasSize(1);
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            consumer.awaitRecord(record -> eventId.equals(new String(record.headers().lastHeader("ce_id").value())));
        }
        await().untilAsserted(() -> assertThat(database.getCollection("sessions").find(Filters.eq("_id", sessionId))
                .first().getList("outbox", Document.class, List.of())).as("published, then removed").isEmpty());
    }

    /**
     * What optimistic locking stands on: a session is read whole, never its new version with its old bookings,
     * however busy the document is. In this session only bookings change it, so each version has exactly that
     * many bookings.
     */
    @Test
    void readsASessionWholeWhileAnotherConnectionRewritesIt() throws Exception {
        String sessionId = fixtures.scheduleSession(20, Duration.ofDays(30));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                readers.add(pool.submit(() -> {
                    List<String> torn = new ArrayList<>();
                    while (writing.get()) {
                        Session read = sessions.byId(sessionId).orElseThrow();
                        if (read.bookings().size() != read.version()) {
                            torn.add("version " + read.version() + " with " + read.bookings().size() + " bookings");
                        }
                    }
                    return torn;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int i = 0; i < 150; i++) {
                        Session session = sessions.byId(sessionId).orElseThrow();
                        session.book("b-" + i, request("attendee" + i + "@x.example"), null, PriceBasis.MEMBER,
                                Instant.now());
                        sessions.save(session);
                    }
                } finally {
                    writing.set(false);
                }
            });
            writer.get();
            for (Future<List<String>> reader : readers) {
                assertThat(reader.get()).as("sessions read half old, half new").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sessions.byId(sessionId).orElseThrow().bookings()).hasSize(150);
    }

    static BookingRequest request(String email) {
        return new BookingRequest("org-" + UUID.randomUUID(), new BookingContact("p", "Booker", "booker@x.example"),
                List.of(new Attendee("Someone", email)), null);
    }
}
