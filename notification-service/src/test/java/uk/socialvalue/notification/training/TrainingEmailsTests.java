package uk.socialvalue.notification.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingSummary;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.email.CalendarEntry;
import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.support.test.TestLinkKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.socialvalue.notification.training.TrainingEvents.booking;

/** Which emails each training event causes, to whom, and which carry a calendar entry. */
class TrainingEmailsTests {

    private static final String GRACE = "grace@salford.example";
    private static final String ALAN = "alan@salford.example";
    private static final String ADA = "ada@salford.example";

    private final SessionDetails session = TrainingEvents.session("s-1");

    @Test
    void confirmsABookingToItsContactAndInvitesEachAttendee() {
        BookingSummary booking = booking(GRACE, ALAN, ADA);

        List<NotificationRequest> requests = TrainingEmails.requestsFor(TrainingEvents.confirmed(session, booking));

        assertThat(requests).extracting(NotificationRequest::recipient).containsExactly(GRACE, ALAN, ADA);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.kind()).isEqualTo(EmailKind.BOOKING_CONFIRMED);
            assertThat(request.eventType()).isEqualTo("training.BookingConfirmed.v1");
            assertThat(request.model()).containsEntry("courseTitle", "Social Value in Procurement")
                    .containsEntry("sessionDate", "Monday 15 June 2026")
                    .containsEntry("sessionTime", "Monday 15 June 2026, 10:00 to 13:00 (UK time)")
                    .containsEntry("venue", "The Lowry, Salford Quays");
        });
        Map<String, String> contact = requests.get(0).model();
        assertThat(contact).containsEntry("forContact", "true").containsEntry("priceGross", "600.00")
                .containsEntry("purchaseOrder", "PO-1234").doesNotContainKey("forAttendee");
        assertThat(CalendarEntry.fromModel(contact)).as("the contact does not come").isEmpty();
        assertThat(requests.get(1).model()).containsEntry("forAttendee", "true").doesNotContainKey("forContact")
                .containsEntry("bookingRole", "Grace Hopper booked you a place on this session for Salford");
        assertThat(CalendarEntry.fromModel(requests.get(1).model())).hasValueSatisfying(entry -> {
            assertThat(entry.method()).isEqualTo(CalendarEntry.Method.REQUEST);
            assertThat(entry.uid()).isEqualTo("session-s-1@svuk.socialvalueuk.org");
            assertThat(entry.startsAt()).isEqualTo(TrainingEvents.STARTS_AT);
            assertThat(entry.location()).isEqualTo("The Lowry, Salford Quays");
        });
    }

    @Test
    void sendsOneEmailToAContactWhoAlsoAttends() {
        List<NotificationRequest> requests = TrainingEmails.requestsFor(
                TrainingEvents.promoted(session, booking(GRACE, "Grace@Salford.example", ALAN)));

        assertThat(requests).extracting(NotificationRequest::recipient).containsExactly(GRACE, ALAN);
        assertThat(requests.get(0).kind()).isEqualTo(EmailKind.BOOKING_PROMOTED);
        assertThat(requests.get(0).model()).containsEntry("forContact", "true").containsEntry("forAttendee", "true")
                .containsEntry("bookingRole", "you made this booking for Salford and hold one of its places");
        assertThat(CalendarEntry.fromModel(requests.get(0).model())).isPresent();
    }

    @Test
    void tellsOnlyTheContactOfAWaitingListPlace() {
        NotificationRequest request = only(TrainingEmails.requestsFor(
                TrainingEvents.waitlisted(session, booking(GRACE, ALAN), 2)));

        assertThat(request.kind()).isEqualTo(EmailKind.BOOKING_WAITLISTED);
        assertThat(request.recipient()).isEqualTo(GRACE);
        assertThat(request.model()).containsEntry("position", "2");
        assertThat(CalendarEntry.fromModel(request.model())).isEmpty();
    }

    @Test
    void cancelsTheAttendeesCalendarEntriesWithABooking() {
        var cancelled = TrainingEvents.cancelled(session, booking(GRACE, ALAN), false,
                BookingCancelled.Cause.ORGANISATION, "Alan changed teams");

        List<NotificationRequest> requests = TrainingEmails.requestsFor(cancelled);

        assertThat(requests).extracting(NotificationRequest::recipient).containsExactly(GRACE, ALAN);
        assertThat(requests).allSatisfy(request -> assertThat(request.kind()).isEqualTo(EmailKind.BOOKING_CANCELLED));
        assertThat(requests.get(0).model()).containsEntry("reason", "Alan changed teams");
        assertThat(CalendarEntry.fromModel(requests.get(1).model())).hasValueSatisfying(entry -> {
            assertThat(entry.method()).isEqualTo(CalendarEntry.Method.CANCEL);
            assertThat(entry.uid()).isEqualTo("session-s-1@svuk.socialvalueuk.org");
            assertThat(entry.sequence()).as("one booking's cancellation changes the session for no one else")
                .isEqualTo(session.calendarSequence());
            assertThat(entry.stamp()).isEqualTo(cancelled.occurredAt());
        });
    }

    @Test
    void fallsBackToTheTimeDerivedSequenceForAnEventMadeBeforeTheSequenceWasCarried() {
        var legacy = TrainingEvents.confirmed(TrainingEvents.withoutSequence(session), booking(GRACE, ALAN));

        NotificationRequest toAlan = TrainingEmails.requestsFor(legacy).get(1);

        assertThat(CalendarEntry.fromModel(toAlan.model())).hasValueSatisfying(entry -> assertThat(entry.sequence())
                .isEqualTo(CalendarEntry.sequenceAt(legacy.occurredAt(), CalendarEntry.Method.REQUEST)));
    }

    @Test
    void tellsOnlyTheContactWhenAWaitingBookingIsCancelled() {
        NotificationRequest request = only(TrainingEmails.requestsFor(TrainingEvents.cancelled(session,
                booking(GRACE, ALAN), true, BookingCancelled.Cause.ADMIN, null)));

        assertThat(request.recipient()).isEqualTo(GRACE);
        assertThat(request.model()).containsEntry("wasWaitlisted", "true").containsEntry("cancelledBySvuk", "true")
                .doesNotContainKey("reason");
        assertThat(CalendarEntry.fromModel(request.model())).isEmpty();
    }

    @Test
    void tellsEveryBookingOfACancelledSessionThroughItsOwnCancellation() {
        var bookingCancelled = TrainingEvents.cancelled(session, booking(GRACE, ALAN), false,
                BookingCancelled.Cause.SESSION_CANCELLED, "The trainer is ill");

        assertThat(TrainingEmails.requestsFor(bookingCancelled)).hasSize(2).allSatisfy(request -> {
            assertThat(request.kind()).isEqualTo(EmailKind.SESSION_CANCELLED);
            assertThat(request.model()).containsEntry("reason", "The trainer is ill");
        });
        assertThat(TrainingEmails.requestsFor(TrainingEvents.sessionCancelled(session, "The trainer is ill")))
                .as("the session's own event names no one").isEmpty();
    }

    @Test
    void remindsTheAttendeesOnly() {
        SessionDetails online = TrainingEvents.onlineSession("s-2", "https://meet.svuk.example/j/1");

        List<NotificationRequest> requests = TrainingEmails.requestsFor(
                TrainingEvents.reminder(online, booking(GRACE, ALAN, ADA)));

        assertThat(requests).extracting(NotificationRequest::recipient).containsExactly(ALAN, ADA);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.kind()).isEqualTo(EmailKind.SESSION_REMINDER);
            assertThat(request.kind().category().isEssential()).isFalse();
            assertThat(request.model()).containsEntry("onlineUrl", "https://meet.svuk.example/j/1")
                    .doesNotContainKey("venue");
        });
    }

    @Test
    void dropsAJoiningLinkThatIsNotAWebLink() {
        SessionDetails online = TrainingEvents.onlineSession("s-2", "javascript:alert(1)");

        NotificationRequest request = only(TrainingEmails.requestsFor(TrainingEvents.reminder(online, booking(GRACE, ALAN))));

        assertThat(request.model()).doesNotContainKey("onlineUrl");
    }

    @Test
    void recordsAttendanceForTheAttendee() {
        var attendance = TrainingEvents.attendance(session, ALAN, true);
        NotificationRequest attended = only(TrainingEmails.requestsFor(attendance));
        NotificationRequest absent = only(TrainingEmails.requestsFor(TrainingEvents.attendance(session, ADA, false)));

        assertThat(attended.kind()).isEqualTo(EmailKind.ATTENDANCE_RECORDED);
        assertThat(attended.kind().category().isEssential()).isTrue();
        assertThat(attended.recipient()).isEqualTo(ALAN);
        assertThat(attended.model()).containsEntry("attended", "true").containsEntry("cpdHours", "3.5")
                .containsEntry("certificateCode", "7K3M-9QX2-TP4B")
                .containsEntry("certificateUrl", attendance.sealedCertificateUrl());
        assertThat(TestLinkKeys.get().open(attended.model().get("certificateUrl")))
                .isEqualTo(TrainingEvents.CERTIFICATE_LINK);
        assertThat(absent.model()).doesNotContainKey("attended").doesNotContainKey("certificateUrl")
                .containsEntry("cpdHours", "0");
    }

    @Test
    void sendsNothingForEventsThatTellNoOne() {
        var scheduled = new uk.socialvalue.contracts.training.SessionScheduled("e-1", Instant.now(), "s-1", session,
                20, null, Instant.now());

        assertThat(TrainingEmails.requestsFor(scheduled)).isEmpty();
    }

    private static NotificationRequest only(List<NotificationRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
