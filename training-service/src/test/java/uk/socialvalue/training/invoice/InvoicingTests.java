package uk.socialvalue.training.invoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.CreditNoteIssued;
import uk.socialvalue.contracts.training.InvoiceIssued;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.support.events.EventCodec;
import uk.socialvalue.support.test.ApiClient.Download;
import uk.socialvalue.support.test.ApiClient.Response;
import uk.socialvalue.support.test.KafkaTestConsumer;
import uk.socialvalue.training.TrainingFixtures;
import uk.socialvalue.training.TrainingIntegrationTest;
import uk.socialvalue.training.booking.Booking;
import uk.socialvalue.training.booking.BookingStatus;
import uk.socialvalue.training.booking.CourseSnapshot;
import uk.socialvalue.training.booking.Price;
import uk.socialvalue.training.booking.Session;
import uk.socialvalue.training.booking.SessionPlan;
import uk.socialvalue.training.booking.SessionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.socialvalue.training.TrainingFixtures.booking;
import static uk.socialvalue.training.TrainingFixtures.uniqueEmail;

/** Every confirmed booking is invoiced, numbered without gaps; a booking cancelled in time is credited. */
@TrainingIntegrationTest
class InvoicingTests {

    private static final int BOOKINGS = 200;
    private static final String INVOICING_GROUP = "training-service.invoicing";

    @Autowired
    TrainingFixtures fixtures;

    @Autowired
    EventCodec codec;

    @Autowired
    Invoices invoices;

    @Autowired
    MongoDatabase database;

    @Test
    void numbersTwoHundredBookingsMadeAtOnceWithTwoHundredConsecutiveInvoiceNumbers() throws Exception {
        String sessionId = fixtures.scheduleSession(BOOKINGS, Duration.ofDays(40));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> booked = new ArrayList<>();
        for (int i = 0; i < BOOKINGS; i++) {
            String organisationId = UUID.randomUUID().toString();
            booked.add(pool.submit(() -> {
                start.await();
                return fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("p")),
                        fixtures.contactOf(organisationId));
            }));
        }
        start.countDown();
        List<String> bookingIds = new ArrayList<>();
        for (Future<Response> response : booked) {
            Response made = response.get();
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            bookingIds.add(made.text("/id"));
        }
        pool.shutdown();

        // Each invoice is issued from its booking's event, once it is consumed.
        List<Long> numbers = new ArrayList<>();
        for (String bookingId : bookingIds) {
            Response invoice = awaitIssued("/api/bookings/" + bookingId + "/invoice", fixtures.admin());
            String number = invoice.text("/number");
            assertThat(number).matches("TRN-\\d{4}-\\d{2}-\\d{6}");
            numbers.add(Long.parseLong(number.substring(number.length() - 6)));
        }

        long first = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(BOOKINGS)
                .allMatch(number -> number >= first && number < first + BOOKINGS);
    }

    @Test
    void claimsEachNumberOnceAcrossInstancesWithoutAGap() throws Exception {
        // Two instances (no lock shared between them) on one store, in a financial year of their own.
        Clock june2031 = Clock.fixed(Instant.parse("2031-06-01T10:00:00Z"), ZoneOffset.UTC);
        InvoiceDocuments tiny = invoice -> new byte[] {'%', 'P', 'D', 'F'};
        LocalDate invoicesFrom = LocalDate.parse("2026-12-01");
        List<Invoicing> instances = List.of(
                new Invoicing(invoices, tiny, "GB 999 9999 73", Duration.ofDays(30), invoicesFrom, june2031),
                new Invoicing(invoices, tiny, "GB 999 9999 73", Duration.ofDays(30), invoicesFrom, june2031));
        Session session = Session.restore("s-" + UUID.randomUUID(), new SessionPlan(new CourseSnapshot("c", "SV-PROC",
                "Social Value in Procurement", BigDecimal.ONE), Instant.parse("2031-07-01T09:00:00Z"),
                Instant.parse("2031-07-01T12:00:00Z"), SessionFormat.ONLINE, null, "https://meet.example/x", 500,
                new BigDecimal("250.00"), new BigDecimal("400.00"), Instant.parse("2031-06-30T09:00:00Z")),
                Instant.parse("2031-05-01T09:00:00Z"), SessionStatus.SCHEDULED, null, null, 0, 0, 1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Invoice>> issues = new ArrayList<>();
        for (int i = 0; i < BOOKINGS; i++) {
            Invoicing instance = instances.get(i % 2);
            Booking booking = confirmed(session);
            issues.add(() -> {
                start.await();
                return instance.invoiceOf(booking, session).orElseThrow();
            });
        }
        List<Future<Invoice>> issued = issues.stream().map(pool::submit).toList();
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<Invoice> invoice : issued) {
            numbers.add(invoice.get().number());
        }
        pool.shutdown();

        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= BOOKINGS; n++) {
            expected.add(Invoice.number("TRN-2031-32", n));
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(invoices.lastNumber("TRN-2031-32")).isEqualTo(BOOKINGS);
    }

    @Test
    void invoicesAConfirmedBookingAsJsonAndPdfAndAnnouncesItWithThePdf() throws IOException {
        String sessionId = fixtures.scheduleSession(5, Duration.ofDays(40));
        String organisationId = UUID.randomUUID().toString();
        Response booked = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(uniqueEmail("ada"), uniqueEmail("alan")), fixtures.contactOf(organisationId));
        String bookingId = booked.text("/id");

        Response invoice = awaitIssued("/api/bookings/" + bookingId + "/invoice", fixtures.contactOf(organisationId));

        assertThat(invoice.text("/seller/vatNumber")).isEqualTo("GB 999 9999 73");
        assertThat(invoice.text("/purchaseOrder")).isEqualTo("PO-123");
        assertThat(invoice.text("/net")).isEqualTo("800.00");
        assertThat(invoice.text("/vat")).isEqualTo("160.00");
        assertThat(invoice.text("/gross")).isEqualTo("960.00");
        assertThat(invoice.json().get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(invoice.text("/lines/0/unitNet")).isEqualTo("400.00");
        assertThat(LocalDate.parse(invoice.text("/dueOn")))
                .isEqualTo(LocalDate.parse(invoice.text("/issuedOn")).plusDays(30));
        String number = invoice.text("/number");

        Download pdf = fixtures.api().download("/api/bookings/" + bookingId + "/invoice",
                fixtures.contactOf(organisationId));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(text(pdf.body())).contains("VAT invoice", number, "GB 999 9999 73", "PO-123", "GBP 960.00",
                "Social Value in Procurement");
        assertThat(fixtures.api().get("/api/bookings/" + bookingId + "/invoice",
                fixtures.contactOf(UUID.randomUUID().toString())).status()).isEqualTo(404);

        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            var event = (InvoiceIssued) codec.decode(consumer.awaitRecord(KafkaTestConsumer
                    .ofType("training.InvoiceIssued.v1").and(r -> sessionId.equals(r.key())))).orElseThrow();
            assertThat(event.invoice().number()).isEqualTo(number);
            assertThat(text(java.util.Base64.getDecoder().decode(event.invoice().pdf()))).contains(number);
        }
    }

    @Test
    void invoicesAWaitingBookingOnlyOnceItIsPromotedAndCreditsOneCancelledBeforeTheCutOff() {
        String sessionId = fixtures.scheduleSession(1, Duration.ofDays(40));
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String confirmed = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(uniqueEmail("a")), fixtures.contactOf(first)).text("/id");
        String waiting = fixtures.api().post("/api/sessions/" + sessionId + "/bookings",
                booking(uniqueEmail("b")), fixtures.contactOf(second)).text("/id");
        assertThat(fixtures.api().get("/api/bookings/" + waiting + "/invoice", fixtures.admin()).status())
                .as("no places, no invoice").isEqualTo(404);
        String invoiced = awaitIssued("/api/bookings/" + confirmed + "/invoice", fixtures.admin()).text("/number");

        Response cancelled = fixtures.api().post("/api/bookings/" + confirmed + "/cancellation",
                Map.of("reason", "Plans changed"), fixtures.contactOf(first));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Response creditNote = awaitIssued("/api/bookings/" + confirmed + "/credit-note", fixtures.admin());
        assertThat(creditNote.text("/number")).startsWith("TRC-");
        assertThat(creditNote.text("/credits")).isEqualTo(invoiced);
        assertThat(creditNote.text("/gross")).isEqualTo("-480.00"); // non-member price: 400.00 + VAT
        assertThat(awaitIssued("/api/bookings/" + waiting + "/invoice", fixtures.admin()).text("/number"))
                .as("promoted into the freed seat").startsWith("TRN-");
        assertThat(fixtures.api().get("/api/bookings/" + waiting + "/credit-note", fixtures.admin()).status())
                .isEqualTo(404);
        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            var event = (CreditNoteIssued) codec.decode(consumer.awaitRecord(KafkaTestConsumer
                    .ofType("training.CreditNoteIssued.v1").and(r -> sessionId.equals(r.key())))).orElseThrow();
            assertThat(event.creditNote().credits()).isEqualTo(invoiced);
        }
    }

    @Test
    void issuesOneInvoiceAndOneCreditNoteWhenTheBookingsEventsAreDeliveredTwice() {
        String sessionId = fixtures.scheduleSession(3, Duration.ofDays(40));
        String organisationId = UUID.randomUUID().toString();
        String bookingId = fixtures.api().post("/api/sessions/" + sessionId + "/bookings", booking(uniqueEmail("d")),
                fixtures.contactOf(organisationId)).text("/id");
        String invoiced = awaitIssued("/api/bookings/" + bookingId + "/invoice", fixtures.admin()).text("/number");
        fixtures.api().post("/api/bookings/" + bookingId + "/cancellation", Map.of("reason", "Plans changed"),
                fixtures.contactOf(organisationId));
        String credited = awaitIssued("/api/bookings/" + bookingId + "/credit-note", fixtures.admin()).text("/number");

        try (var consumer = new KafkaTestConsumer(fixtures.bootstrapServers(), List.of(Topics.TRAINING_SESSIONS))) {
            for (String type : List.of("training.BookingConfirmed.v1", "training.BookingCancelled.v1")) {
                var event = codec.decode(consumer.awaitRecord(KafkaTestConsumer.ofType(type)
                        .and(r -> sessionId.equals(r.key())))).orElseThrow();
                fixtures.publish(event);
                fixtures.publish(event);
            }
        }
        fixtures.awaitConsumed(Topics.TRAINING_SESSIONS, INVOICING_GROUP);

        assertThat(fixtures.api().get("/api/bookings/" + bookingId + "/invoice", fixtures.admin()).text("/number"))
                .isEqualTo(invoiced);
        assertThat(fixtures.api().get("/api/bookings/" + bookingId + "/credit-note", fixtures.admin())
                .text("/number")).isEqualTo(credited);
        assertThat(database.getCollection("invoices").countDocuments(Filters.eq("bookingId", bookingId)))
                .as("one invoice and one credit note").isEqualTo(2);
    }

    /** Waits for a document issued from the booking's event, and answers it. */
    private Response awaitIssued(String path, String token) {
        return await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(30))
                .until(() -> fixtures.api().get(path, token),
                response -> response.status() == 200);
    }

    private static Booking confirmed(Session session) {
        Instant at = Instant.parse("2031-06-01T09:00:00Z");
        String email = uniqueEmail("p");
        return Booking.restore(UUID.randomUUID().toString(), session.id(), UUID.randomUUID().toString(), "Council",
                new BookingContact("p", "Booker", email), List.of(new Attendee("Person", email)), null,
                Price.of(new BigDecimal("250.00"), 1, PriceBasis.MEMBER), at, BookingStatus.CONFIRMED, at, null, null,
                null, null, Map.of(), Map.of(), 0);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
