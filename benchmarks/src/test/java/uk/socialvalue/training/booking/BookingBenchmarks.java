package uk.socialvalue.training.booking;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.aggregate.AggregateMapping;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.outbox.Outbox;
import uk.socialvalue.training.booking.persistence.BookingDocuments;

/**
 * training-service's own work for one booking on a popular session, apart from the store and the network: what
 * {@link Bookings#book} decides in plain Java between its keyed reads and writes, and what it then hands the store.
 * <p>
 * A session holds no bookings: its seats taken and waiting list are counters that each booking changes with one
 * atomic conditional update in the store ({@link Sessions#takeSeats}), so whether a booking is confirmed is the
 * store's answer, not a computation here. What the domain does per booking is check the request (attendees
 * normalised, one place each; the session open; the seats within its capacity), price it (VAT to the penny) and
 * make the booking with its {@code BookingConfirmed} event. That is measured on a session holding 100 bookings
 * and one holding 5,000 (issue 13's growth target) to show it does not depend on them. The second figure adds
 * the work the store is handed: the booking's document and its outbox entry, the event as JSON, which is the
 * larger part. Not here: Spring MVC's request and response JSON and the token's check (see
 * {@code TokenVerificationBenchmarks}), and the driver's encoding of the documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BookingBenchmarks {

    /** The bookings the session holds already, as its seat counter says. */
    @Param({"100", "5000"})
    public int bookingsHeld;

    private final Clock clock = Clock.systemUTC();
    private Session session;
    private BookingRequest request;
    private AggregateMapping<Booking> documents;
    private Outbox outbox;

    @Setup
    public void aSessionHoldingBookings() {
        Instant now = clock.instant();
        Instant startsAt = now.plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        var plan = new SessionPlan(new CourseSnapshot("course-1", "SV-PROC", "Social Value in Procurement",
                new BigDecimal("3.5")), startsAt, startsAt.plus(Duration.ofHours(3)), SessionFormat.IN_PERSON,
                "The Lowry, Salford Quays", null, SessionPlan.MAX_CAPACITY, new BigDecimal("250.00"),
                new BigDecimal("400.00"), startsAt.minus(Duration.ofDays(1)));
        session = Session.restore("session-1", plan, now, SessionStatus.SCHEDULED, null, null, 0, bookingsHeld, 0,
                bookingsHeld);
        // One seat, booked by the council's contact for a colleague, as the full benchmark's booking load does.
        request = new BookingRequest("org-1", new BookingContact("person-1", "Grace Hopper",
                "grace.hopper@salford.example"), List.of(new Attendee(" Alan Turing ", "Alan.Turing@Salford.example")),
                "PO-1234");
        documents = BookingDocuments.mapping();
        // Making outbox entries needs only the codec: the relay is told of them after the write, which is not here.
        outbox = new Outbox(new EventCodec(JsonMapper.builder().build(), URI.create("/svuk/training-service")), null);
    }

    /** The domain's decision: the booking, confirmed, with its event. */
    @Benchmark
    public Booking decides() {
        return decide();
    }

    /** The decision and what the store is handed: the booking's document and its outbox entry. */
    @Benchmark
    public void decidesAndPreparesTheWrite(Blackhole written) {
        Booking booking = decide();
        written.consume(documents.toDocument(booking));
        written.consume(outbox.entries(booking.events()));
    }

    /** {@link Bookings#book}'s plain-Java steps in order, the store's answers taken as "a member", "seats taken". */
    private Booking decide() {
        List<Attendee> attendees = Attendees.normalised(request.attendees());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        session.checkBookable(attendees.size(), now);
        Price price = session.priceFor(attendees.size(), PriceBasis.MEMBER);
        return Booking.confirmed(UUID.randomUUID().toString(), session, request, attendees, "Salford", price, now);
    }
}
