package uk.socialvalue.notification.delivery.sending;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.BookingPrice;
import uk.socialvalue.contracts.training.BookingSummary;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.notification.delivery.Notification;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.email.CalendarEntry;
import uk.socialvalue.notification.email.ServiceTemplates;
import uk.socialvalue.notification.membership.MembershipEmails;
import uk.socialvalue.notification.training.TrainingEmails;
import uk.socialvalue.notification.unsubscribe.UnsubscribeLinks;
import uk.socialvalue.notification.unsubscribe.UnsubscribeTokens;
import uk.socialvalue.support.links.LinkOpener;
import uk.socialvalue.support.test.Councils;

/**
 * What one of notification-service's sender threads does for each email before the SMTP server has it: render its
 * templates (Thymeleaf, text and HTML), build the MIME message ({@link EmailMessages#build}: addresses, headers, the
 * calendar entry as an alternative and as {@code invite.ics}) and encode it into the bytes SMTP carries, which
 * Jakarta Mail does as it writes to the connection. Here they go to a sink that counts them, so the figure is the
 * sender's CPU per email apart from the store, the broker and the network: the rate at which one core could make
 * emails ready, against which the backlog's drain (issue 13: at least half the raw SMTP rate) is read.
 * <p>
 * The two emails a backlog is made of: an acknowledgement of an application (what an SMTP outage leaves queued
 * in the full benchmark) and a booking's confirmation to its attendee, the largest email of the booking load,
 * with its calendar entry. Each is made from its event by the service's own mapping, as the listener does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EmailBuildingBenchmarks {

    private EmailMessages messages;
    private Notification acknowledgement;
    private Notification bookingConfirmation;

    @Setup
    public void wireTheSenderAsTheServiceDoes() throws MessagingException, IOException {
        var settings = new DeliveryProperties("no-reply@socialvalueuk.org", "Social Value UK", Duration.ofSeconds(1),
                50, 2, 1000, Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMinutes(5), 6,
                Duration.ofMinutes(2), 2.0, Duration.ofMinutes(30), Duration.ofSeconds(5), Duration.ofMinutes(1));
        var unsubscribe = new UnsubscribeLinks(URI.create("http://localhost:8080"),
                new UnsubscribeTokens("local-only benchmark secret"));
        LinkOpener noLinks = sealed -> {
            throw new LinkOpener.Unopenable("Neither email carries a sealed link");
        };
        messages = new EmailMessages(ServiceTemplates.load(), unsubscribe, settings, noLinks, new JavaMailSenderImpl(),
                Clock.systemUTC());

        Instant now = Instant.now();
        acknowledgement = notification(MembershipEmails.requestsFor(new MembershipApplied(id(), now, id(),
                Councils.SALFORD, new ContactSummary(id(), "Ada Lovelace", "ada.lovelace@salford.example"),
                "LOCAL_AUTHORITY")), now);
        bookingConfirmation = notification(TrainingEmails.requestsFor(confirmed(now)).stream()
                .filter(request -> CalendarEntry.fromModel(request.model()).isPresent()).toList(), now);
        String built = encoded(messages.build(bookingConfirmation));
        if (!built.contains("text/calendar") || !built.contains("invite.ics")) {
            throw new IllegalStateException("The booking confirmation was built without its calendar entry");
        }
    }

    /** An application acknowledged: templates, message and encoding, the calendar-less common case. */
    @Benchmark
    public long acknowledgement() throws MessagingException, IOException {
        return encode(messages.build(acknowledgement));
    }

    /** A booking confirmed to its attendee, with the calendar entry twice (alternative and attachment). */
    @Benchmark
    public long bookingConfirmationWithCalendar() throws MessagingException, IOException {
        return encode(messages.build(bookingConfirmation));
    }

    /** Encodes the message as it is written to the SMTP connection; the number of bytes keeps the work alive. */
    private static long encode(MimeMessage message) throws MessagingException, IOException {
        var sink = new CountingSink();
        message.writeTo(sink);
        return sink.count;
    }

    private static String encoded(MimeMessage message) throws MessagingException, IOException {
        var bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A one-seat booking for an attendee by the council's contact, as the full benchmark's booking load makes. */
    private static IntegrationEvent confirmed(Instant now) {
        Instant startsAt = now.plus(Duration.ofDays(30));
        var session = new SessionDetails(id(), id(), "SV-PROC", "Social Value in Procurement", startsAt,
                startsAt.plus(Duration.ofHours(3)), "Europe/London", SessionFormat.IN_PERSON,
                "The Lowry, Salford Quays", null, "3.5", 0);
        var booking = new BookingSummary(id(), id(), "Salford",
                new BookingContact(id(), "Grace Hopper", "grace.hopper@salford.example"),
                List.of(new Attendee("Alan Turing", "alan.turing@salford.example")), 1, "PO-1234",
                new BookingPrice("250.00", "50.00", "300.00", "GBP", PriceBasis.MEMBER));
        return new BookingConfirmed(id(), now, session.sessionId(), session, booking);
    }

    private static Notification notification(List<NotificationRequest> requests, Instant now) {
        if (requests.size() != 1) {
            throw new IllegalStateException("Expected one email, the event made " + requests.size());
        }
        return Notification.requested(requests.get(0), now);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    /** Where the encoded message goes instead of a socket. */
    private static final class CountingSink extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
