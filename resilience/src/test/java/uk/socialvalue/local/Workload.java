package uk.socialvalue.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.support.test.ApiClient;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.TrainingSessions;
import uk.socialvalue.support.test.Unique;

/**
 * Work in flight when a fault strikes: requests sent at a steady pace over a while, spread over the instances of
 * a service, each for an email address of its own, so that what became of each can be told from the captured
 * mail and the topic. A request that gets no answer (its instance died, or was down) is not sent again: it is
 * counted, and its address may get at most one email.
 */
final class Workload {

    /**
     * A request, once answered or given up on.
     *
     * @param email   the address whose email the request leads to
     * @param sentAt  when it was sent
     * @param status  the HTTP status, or 0 when no answer came
     * @param id      what the service answered with: the booking's or the organisation's id
     */
    record Request(String email, Instant sentAt, int status, String id) {

        boolean accepted() {
            return status == 201;
        }
    }

    /** What the work is: a booking storm, or an email burst (applications, each acknowledged by email). */
    enum Kind {
        /** Bookings on one roomy session, each confirmed by email to its attendee. */
        BOOKING_STORM("booking storm", "training-service", Topics.TRAINING_SESSIONS, "Booking confirmed: "
                + TrainingSessions.COURSE_TITLE),
        /** Councils applying for membership, each told by email that its application arrived. */
        EMAIL_BURST("email burst", "membership-service", Topics.MEMBERSHIP_ORGANISATIONS, "We have received");

        final String description;
        final String service;
        final String topic;
        final String subject;

        Kind(String description, String service, String topic, String subject) {
            this.description = description;
            this.service = service;
            this.topic = topic;
            this.subject = subject;
        }
    }

    private final Kind kind;
    private final int size;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private final List<Future<?>> sending = new ArrayList<>();

    private Workload(Kind kind, int size) {
        this.kind = kind;
        this.size = size;
    }

    /**
     * Starts sending {@code size} requests of the kind, evenly over {@code over}, and returns at once.
     */
    static Workload start(TestPlatform platform, Kind kind, int size, Duration over) {
        Workload work = new Workload(kind, size);
        IntFunction<Request> send = switch (kind) {
            case BOOKING_STORM -> {
                String sessionId = TrainingSessions.schedule(platform.training(), platform.adminToken(), size * 2,
                        Duration.ofDays(30), null);
                yield i -> work.book(platform, sessionId, i);
            }
            case EMAIL_BURST -> i -> work.apply(platform, i);
        };
        long pauseNanos = over.toNanos() / size;
        Instant start = Instant.now();
        for (int i = 0; i < size; i++) {
            int request = i;
            Instant due = start.plusNanos(pauseNanos * i);
            work.sending.add(work.senders.submit(() -> {
                Duration wait = Duration.between(Instant.now(), due);
                if (!wait.isNegative()) {
                    Polling.pause(wait);
                }
                work.requests.add(send.apply(request));
            }));
        }
        return work;
    }

    Kind kind() {
        return kind;
    }

    /** Waits until every request has its answer, or was given up on. */
    List<Request> finish() {
        for (Future<?> request : sending) {
            try {
                request.get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException("A request of the " + kind.description + " did not finish", e);
            }
        }
        senders.shutdown();
        if (requests.size() != size) {
            throw new IllegalStateException(requests.size() + " of " + size + " requests finished");
        }
        return List.copyOf(requests);
    }

    /** Whether a record on {@link Kind#topic} is the event an accepted request leads to. */
    BiPredicate<Request, ConsumerRecord<String, byte[]>> eventOf() {
        return switch (kind) {
            case BOOKING_STORM -> (request, record) -> type(record).startsWith("training.BookingConfirmed")
                    && new String(record.value(), StandardCharsets.UTF_8).contains(request.id());
            case EMAIL_BURST -> (request, record) -> request.id().equals(record.key())
                    && type(record).startsWith("membership.MembershipApplied");
        };
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Request book(TestPlatform platform, String sessionId, int i) {
        String attendee = Unique.email("storm", "council.example");
        Instant sentAt = Instant.now();
        return answer(attendee, sentAt, () -> service(platform, i).post("/api/sessions/" + sessionId + "/bookings",
                Map.of("organisationId", UUID.randomUUID().toString(),
                        "attendees", List.of(Map.of("name", "Attendee " + i, "email", attendee))),
                platform.adminToken()), "/id");
    }

    private Request apply(TestPlatform platform, int i) {
        // Charities, not councils: the register has too few councils for a burst, and each may apply once.
        String email = Unique.email("burst", "charity.example");
        Instant sentAt = Instant.now();
        return answer(email, sentAt, () -> service(platform, i).post("/api/applications", Map.of(
                "organisation", Map.of("type", "CHARITY_OR_SOCIAL_ENTERPRISE", "name", "Good Causes " + Unique.suffix(),
                        "region", "Wales"),
                "contact", Map.of("name", "Officer " + i, "email", email),
                "membershipType", "CHARITY_OR_SOCIAL_ENTERPRISE"), null), "/organisationId");
    }

    /** The instances take turns, as behind a load balancer. */
    private ApiClient service(TestPlatform platform, int i) {
        return platform.instance(kind.service, 1 + i % platform.instances());
    }

    private static Request answer(String email, Instant sentAt, Supplier<Response> send,
            String idPointer) {
        try {
            Response response = send.get();
            String id = response.status() == 201 ? response.text(idPointer) : null;
            return new Request(email, sentAt, response.status(), id);
        } catch (IllegalStateException noAnswer) {
            return new Request(email, sentAt, 0, null);
        }
    }
}
