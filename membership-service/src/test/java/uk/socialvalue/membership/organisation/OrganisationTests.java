package uk.socialvalue.membership.organisation;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.MembershipCancelled;
import uk.socialvalue.contracts.membership.MembershipRejected;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.membership.account.SetupLink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationTests {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    static final SetupLink LINK = new SetupLink("https://members.example/account/set-password?token=t",
            NOW.plusSeconds(3600));

    @Test
    void anApplicationWaitsForApprovalAndSaysSo() {
        Organisation salford = application();

        assertThat(salford.status()).isEqualTo(MembershipStatus.PENDING_APPROVAL);
        assertThat(salford.isOpen()).isTrue();
        assertThat(salford.events()).singleElement().isInstanceOfSatisfying(MembershipApplied.class, event -> {
            assertThat(event.organisationId()).isEqualTo("org-1");
            assertThat(event.organisation().gssCode()).isEqualTo("E08000006");
            assertThat(event.primaryContact().email()).isEqualTo("ada@salford.example");
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void approvalStartsATwelveMonthMembershipAndSendsThePrimaryContactASetupLink() {
        Organisation salford = stored(application());

        salford.approve(TODAY, NOW, LINK);

        assertThat(salford.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(salford.startsOn()).isEqualTo(TODAY);
        assertThat(salford.endsOn()).isEqualTo(LocalDate.parse("2027-11-25"));
        assertThat(salford.events()).hasSize(2);
        assertThat(salford.events().get(0)).isInstanceOfSatisfying(MembershipActivated.class,
                event -> assertThat(event.endsOn()).isEqualTo(LocalDate.parse("2027-11-25")));
        assertThat(salford.events().get(1)).isInstanceOfSatisfying(PasswordSetupRequested.class, event -> {
            assertThat(event.personId()).isEqualTo("person-1");
            assertThat(event.reason()).isEqualTo(PasswordSetupRequested.Reason.MEMBERSHIP_APPROVED);
            assertThat(event.sealedSetupUrl()).isEqualTo(LINK.sealedUrl());
        });
    }

    @Test
    void refusesToApproveTwice() {
        Organisation salford = stored(application());
        salford.approve(TODAY, NOW, LINK);

        assertThatThrownBy(() -> salford.approve(TODAY, NOW, LINK)).isInstanceOf(MembershipRuleViolation.class);
    }

    @Test
    void rejectionNeedsAReasonAndClosesTheApplication() {
        Organisation salford = stored(application());

        assertThatThrownBy(() -> salford.reject(" ", NOW)).isInstanceOf(IllegalArgumentException.class);
        salford.reject("Not a council we can serve yet", NOW);

        assertThat(salford.status()).isEqualTo(MembershipStatus.REJECTED);
        assertThat(salford.isOpen()).isFalse();
        assertThat(salford.events()).singleElement().isInstanceOfSatisfying(MembershipRejected.class,
                event -> assertThat(event.reason()).isEqualTo("Not a council we can serve yet"));
    }

    @Test
    void renewalExtendsFromTheCurrentEndDateNotFromToday() {
        Organisation salford = stored(application());
        salford.approve(TODAY, NOW, LINK);
        Organisation reloaded = stored(salford);

        reloaded.renew(NOW.plusSeconds(86_400 * 100));

        assertThat(reloaded.endsOn()).isEqualTo(LocalDate.parse("2028-11-25"));
        assertThat(reloaded.events()).singleElement().isInstanceOf(MembershipRenewed.class);
    }

    @Test
    void anApplicationCannotBeRenewed() {
        Organisation salford = stored(application());

        assertThatThrownBy(() -> salford.renew(NOW)).isInstanceOf(MembershipRuleViolation.class);
    }

    @Test
    void cancellationClosesTheMembershipAndFreesTheCouncilsPlace() {
        Organisation salford = stored(application());
        salford.approve(TODAY, NOW, LINK);

        salford.cancel(null, NOW);

        assertThat(salford.status()).isEqualTo(MembershipStatus.CANCELLED);
        assertThat(salford.isOpen()).isFalse();
        assertThat(salford.events()).last().isInstanceOfSatisfying(MembershipCancelled.class,
                event -> assertThat(event.reason()).isEqualTo("Cancelled"));
        assertThatThrownBy(() -> salford.cancel("again", NOW)).isInstanceOf(MembershipRuleViolation.class);
    }

    @Test
    void keepsAHistoryOfEveryTransition() {
        Organisation salford = stored(application());
        salford.approve(TODAY, NOW, LINK);
        salford.renew(NOW);

        assertThat(salford.history()).extracting(MembershipChange::status).containsExactly(
                MembershipStatus.PENDING_APPROVAL, MembershipStatus.ACTIVE, MembershipStatus.ACTIVE);
    }

    static Organisation application() {
        return Organisation.apply("org-1",
                new OrganisationDetails("Salford", OrganisationType.LOCAL_AUTHORITY, "E08000006", "North West",
                        Sector.LOCAL_GOVERNMENT),
                "LOCAL_AUTHORITY", new Contact("person-1", "Ada Lovelace", "ada@salford.example", "Procurement lead",
                        ContactRole.PRIMARY, NOW, true), NOW);
    }

    /** The organisation as a repository would load it: same state, no events pending. */
    static Organisation stored(Organisation organisation) {
        return Organisation.restore(organisation.id(), organisation.details(), organisation.membershipType(),
                organisation.appliedAt(), organisation.status(), organisation.startsOn(), organisation.endsOn(),
                organisation.contacts(), organisation.formerContacts(), organisation.history(),
                organisation.remindersSent(), organisation.version() + 1);
    }
}
