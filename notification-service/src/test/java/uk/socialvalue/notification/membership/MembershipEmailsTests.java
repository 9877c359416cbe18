package uk.socialvalue.notification.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.membership.ContactSummary;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipCancelled;
import uk.socialvalue.contracts.membership.MembershipEnteredGrace;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.contracts.membership.MembershipRejected;
import uk.socialvalue.contracts.membership.MembershipRenewalDue;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.notification.TestEvents;
import uk.socialvalue.notification.delivery.NotificationRequest;
import uk.socialvalue.notification.email.EmailKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Which email each membership event causes, and who receives it. */
class MembershipEmailsTests {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final ContactSummary ADA = new ContactSummary("p-1", "Ada Lovelace", "ada@salford.example");

    @Test
    void confirmsAnApplicationToThePrimaryContact() {
        NotificationRequest request = only(MembershipEmails.requestsFor(TestEvents.applied("org-1", "Ada Lovelace",
                "ada@salford.example")));

        assertThat(request.kind()).isEqualTo(EmailKind.APPLICATION_RECEIVED);
        assertThat(request.recipient()).isEqualTo("ada@salford.example");
        assertThat(request.recipientName()).isEqualTo("Ada Lovelace");
        assertThat(request.eventType()).isEqualTo("membership.MembershipApplied.v1");
        assertThat(request.model()).containsEntry("organisationName", "Salford");
    }

    @Test
    void sendsNothingForTheActivationItself() {
        var activated = new MembershipActivated("e-1", AT, "org-1", TestEvents.SALFORD, ADA, "LOCAL_AUTHORITY",
                LocalDate.of(2026, 11, 25), LocalDate.of(2027, 11, 24));

        assertThat(MembershipEmails.requestsFor(activated)).isEmpty();
    }

    @Test
    void sendsEachPasswordLinkToThePersonItIsFor() {
        for (var reason : PasswordSetupRequested.Reason.values()) {
            var event = new PasswordSetupRequested("e-" + reason, AT, "p-2", "org-1", "Salford", "Grace Hopper",
                    "grace@salford.example", reason, "sealed-link",
                    Instant.parse("2026-11-28T14:00:00Z"));

            NotificationRequest request = only(MembershipEmails.requestsFor(event));

            assertThat(request.recipient()).isEqualTo("grace@salford.example");
            assertThat(request.model()).containsEntry("setupUrl", "sealed-link")
                    .containsEntry("expiresAt", "28 November 2026 at 14:00");
            assertThat(request.kind()).isEqualTo(switch (reason) {
                case MEMBERSHIP_APPROVED -> EmailKind.MEMBERSHIP_APPROVED;
                case CONTACT_ADDED -> EmailKind.CONTACT_INVITED;
                case PASSWORD_RESET -> EmailKind.PASSWORD_RESET;
                case STAFF_ADDED -> EmailKind.STAFF_INVITED;
            });
        }
    }

    @Test
    void tellsThePrimaryContactOfEveryChangeToTheMembership() {
        var salford = TestEvents.SALFORD;
        var ends = LocalDate.of(2027, 3, 31);
        assertThat(kindAndModel(new MembershipRejected("e-2", AT, "org-1", salford, ADA, "Out of scope")))
                .isEqualTo(List.of(EmailKind.MEMBERSHIP_REJECTED, "Out of scope"));
        assertThat(kindAndModel(new MembershipRenewalDue("e-3", AT, "org-1", salford, ADA, ends, 30)))
                .isEqualTo(List.of(EmailKind.RENEWAL_DUE, "31 March 2027"));
        assertThat(kindAndModel(new MembershipEnteredGrace("e-4", AT, "org-1", salford, ADA, ends,
                LocalDate.of(2027, 4, 30)))).isEqualTo(List.of(EmailKind.ENTERED_GRACE, "30 April 2027"));
        assertThat(kindAndModel(new MembershipLapsed("e-5", AT, "org-1", salford, ADA)))
                .isEqualTo(List.of(EmailKind.MEMBERSHIP_LAPSED, "Salford"));
        assertThat(kindAndModel(new MembershipCancelled("e-6", AT, "org-1", salford, ADA, "Asked to leave")))
                .isEqualTo(List.of(EmailKind.MEMBERSHIP_CANCELLED, "Asked to leave"));
        assertThat(kindAndModel(new MembershipRenewed("e-7", AT, "org-1", salford, ADA, ends)))
                .isEqualTo(List.of(EmailKind.MEMBERSHIP_RENEWED, "31 March 2027"));
    }

    @Test
    void leavesOutAReasonThatWasNotGiven() {
        var cancelled = new MembershipCancelled("e-8", AT, "org-1", TestEvents.SALFORD, ADA, null);

        assertThat(only(MembershipEmails.requestsFor(cancelled)).model()).doesNotContainKey("reason");
    }

    @Test
    void sendsNothingWhenThereIsNoContactToWriteTo() {
        var lapsed = new MembershipLapsed("e-9", AT, "org-1", TestEvents.SALFORD, null);

        assertThat(MembershipEmails.requestsFor(lapsed)).isEmpty();
    }

    /** The kind of the one email, and the model value that matters most for it. */
    private static List<Object> kindAndModel(uk.socialvalue.contracts.membership.MembershipEvent event) {
        NotificationRequest request = only(MembershipEmails.requestsFor(event));
        assertThat(request.recipient()).isEqualTo(ADA.email());
        String key = switch (request.kind()) {
            case MEMBERSHIP_REJECTED, MEMBERSHIP_CANCELLED -> "reason";
            case RENEWAL_DUE, MEMBERSHIP_RENEWED -> "endsOn";
            case ENTERED_GRACE -> "graceEndsOn";
            default -> "organisationName";
        };
        return List.of(request.kind(), request.model().get(key));
    }

    private static NotificationRequest only(List<NotificationRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
