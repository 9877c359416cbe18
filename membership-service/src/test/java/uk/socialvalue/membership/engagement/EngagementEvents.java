package uk.socialvalue.membership.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.OrganisationSummary;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.contracts.training.AccreditationLevelCompleted;
import uk.socialvalue.contracts.training.AccreditationLevelWithdrawn;
import uk.socialvalue.contracts.training.AttendanceRecorded;
import uk.socialvalue.contracts.training.Attendee;
import uk.socialvalue.contracts.training.BookingCancelled;
import uk.socialvalue.contracts.training.BookingConfirmed;
import uk.socialvalue.contracts.training.BookingContact;
import uk.socialvalue.contracts.training.BookingPrice;
import uk.socialvalue.contracts.training.BookingSummary;
import uk.socialvalue.contracts.training.PriceBasis;
import uk.socialvalue.contracts.training.SessionDetails;
import uk.socialvalue.contracts.training.SessionFormat;
import uk.socialvalue.contracts.workinggroup.Invitee;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationAnswered;
import uk.socialvalue.contracts.workinggroup.WorkingGroupInvitationIssued;

/**
 * Events as the other services publish them, for the engagement listener through the shared
 * {@link uk.socialvalue.support.test.EventPublisher}: training events stand in for training-service, which
 * these tests do not run.
 */
final class EngagementEvents {

    private EngagementEvents() {
    }

    /** A three-hour online session of "Social Value in Procurement" (3.5 CPD hours). */
    static SessionDetails session(Instant startsAt) {
        String id = UUID.randomUUID().toString();
        return new SessionDetails(id, "course-sv-proc", "SV-PROC", "Social Value in Procurement", startsAt,
                startsAt.plus(3, ChronoUnit.HOURS), "Europe/London", SessionFormat.ONLINE, null,
                "https://meet.example/" + id, "3.5");
    }

    static BookingSummary booking(String organisationId, String... attendeeEmails) {
        List<Attendee> attendees = List.of(attendeeEmails).stream().map(email -> new Attendee("Officer", email))
                .toList();
        return new BookingSummary(UUID.randomUUID().toString(), organisationId, "A council",
                new BookingContact(UUID.randomUUID().toString(), "Officer", attendeeEmails[0]), attendees,
                attendees.size(), null, new BookingPrice("250.00", "50.00", "300.00", "GBP", PriceBasis.MEMBER));
    }

    static BookingConfirmed confirmed(SessionDetails session, BookingSummary booking, Instant at) {
        return new BookingConfirmed(id(), at, session.sessionId(), session, booking);
    }

    static BookingCancelled cancelled(SessionDetails session, BookingSummary booking, Instant at) {
        return new BookingCancelled(id(), at, session.sessionId(), session, booking, false,
                BookingCancelled.Cause.ORGANISATION, "No longer needed");
    }

    static AttendanceRecorded attendance(SessionDetails session, BookingSummary booking, String email,
            boolean attended, Instant at) {
        return new AttendanceRecorded(id(), at, session.sessionId(), session, booking.bookingId(),
                booking.organisationId(), new Attendee("Officer", email), attended, attended ? session.cpdHours() : "0", null, null);
    }

    /** Level {@code level} of a track completed on the organisation's booking, valid two years. */
    static AccreditationLevelCompleted levelCompleted(String trackId, int level, String organisationId, String email,
            Instant at) {
        LocalDate on = LocalDate.ofInstant(at, Window.UK);
        return new AccreditationLevelCompleted(id(), at, trackId, "Social Value Practitioner", level, 3,
                "Level " + level, new Attendee("Officer", email), organisationId, on, on.plusYears(2).minusDays(1));
    }

    static AccreditationLevelWithdrawn levelWithdrawn(AccreditationLevelCompleted completed, Instant at) {
        return new AccreditationLevelWithdrawn(id(), at, completed.trackId(), completed.trackName(),
                completed.level(), completed.levelTitle(), completed.attendee(), completed.organisationId(),
                completed.completedOn());
    }

    static MeetingDetails meeting(Instant startsAt) {
        return new MeetingDetails(UUID.randomUUID().toString(), "group-1", "Councils", "Social value in care",
                "Agenda", startsAt, startsAt.plus(2, ChronoUnit.HOURS), "Town hall", null);
    }

    static WorkingGroupInvitationIssued issued(MeetingDetails meeting, String organisationId, Instant at) {
        return new WorkingGroupInvitationIssued(id(), at, UUID.randomUUID().toString(), meeting,
                new Invitee(UUID.randomUUID().toString(), "Officer", "officer@council.example", organisationId,
                        "A council"), "https://svuk.example/rsvp/x?answer=ACCEPTED",
                "https://svuk.example/rsvp/x?answer=DECLINED");
    }

    static WorkingGroupInvitationAnswered answered(WorkingGroupInvitationIssued invitation, RsvpAnswer answer,
            Instant at) {
        return new WorkingGroupInvitationAnswered(id(), at, invitation.invitationId(), invitation.meeting(),
                invitation.invitee(), answer);
    }

    static MembershipApplied applied(String organisationId, String gssCode, String name, String region,
            Instant at) {
        return new MembershipApplied(id(), at, organisationId, council(gssCode, name, region), primary(),
                "LOCAL_AUTHORITY");
    }

    static MembershipActivated activated(String organisationId, String gssCode, String name, String region,
            Instant at) {
        LocalDate startsOn = LocalDate.ofInstant(at, Window.UK);
        return new MembershipActivated(id(), at, organisationId, council(gssCode, name, region), primary(),
                "LOCAL_AUTHORITY", startsOn, startsOn.plusYears(1).minusDays(1));
    }

    private static OrganisationSummary council(String gssCode, String name, String region) {
        return new OrganisationSummary(name, OrganisationType.LOCAL_AUTHORITY, gssCode, region);
    }

    private static ContactSummary primary() {
        return new ContactSummary(UUID.randomUUID().toString(), "Primary Contact", "primary@council.example");
    }

    static String id() {
        return UUID.randomUUID().toString();
    }
}
