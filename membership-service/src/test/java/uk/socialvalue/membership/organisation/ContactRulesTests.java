package uk.socialvalue.membership.organisation;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.socialvalue.contracts.membership.ContactAdded;
import uk.socialvalue.contracts.membership.ContactRemoved;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.contracts.membership.PrimaryContactChanged;
import uk.socialvalue.support.domain.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.socialvalue.membership.organisation.OrganisationTests.LINK;
import static uk.socialvalue.membership.organisation.OrganisationTests.NOW;
import static uk.socialvalue.membership.organisation.OrganisationTests.application;
import static uk.socialvalue.membership.organisation.OrganisationTests.stored;

class ContactRulesTests {

    static final Contact GRACE = new Contact("person-2", "Grace Hopper", "grace@salford.example", "Commissioner",
            ContactRole.MEMBER, NOW, true);

    @Test
    void aNewContactIsSentALinkToSetTheirPassword() {
        Organisation salford = MembershipLifecycleTests.active();

        salford.addContact(GRACE, NOW, LINK);

        assertThat(salford.contacts()).contains(GRACE);
        assertThat(salford.events()).hasSize(2);
        assertThat(salford.events().get(0)).isInstanceOf(ContactAdded.class);
        assertThat(salford.events().get(1)).isInstanceOfSatisfying(PasswordSetupRequested.class, event -> {
            assertThat(event.reason()).isEqualTo(PasswordSetupRequested.Reason.CONTACT_ADDED);
            assertThat(event.email()).isEqualTo("grace@salford.example");
        });
    }

    @Test
    void onlyCurrentMembersTakeNewContacts() {
        Organisation pending = stored(application());

        assertThatThrownBy(() -> pending.addContact(GRACE, NOW, LINK)).isInstanceOf(MembershipRuleViolation.class);
    }

    @Test
    void aPersonIsAContactOnce() {
        Organisation salford = MembershipLifecycleTests.active();
        salford.addContact(GRACE, NOW, LINK);

        assertThatThrownBy(() -> salford.addContact(GRACE, NOW, LINK)).isInstanceOf(MembershipRuleViolation.class);
    }

    @Test
    void theOrganisationRemembersContactsWhoLeft() {
        Organisation salford = MembershipLifecycleTests.active();
        salford.addContact(GRACE, NOW, LINK);
        Instant later = NOW.plusSeconds(3600);

        salford.removeContact("person-2", later);

        assertThat(salford.hasContact("person-2")).isFalse();
        assertThat(salford.formerContacts()).singleElement().satisfies(former -> {
            assertThat(former.contact()).isEqualTo(GRACE);
            assertThat(former.removedAt()).isEqualTo(later);
        });
        assertThat(salford.events()).last().isInstanceOf(ContactRemoved.class);
    }

    @Test
    void thePrimaryContactHandsOverBeforeLeaving() {
        Organisation salford = MembershipLifecycleTests.active();
        salford.addContact(GRACE, NOW, LINK);

        assertThatThrownBy(() -> salford.removeContact("person-1", NOW)).isInstanceOf(MembershipRuleViolation.class);
        salford.handOverPrimaryContact("person-2", NOW);
        salford.removeContact("person-1", NOW);

        assertThat(salford.primaryContact().personId()).isEqualTo("person-2");
        assertThat(salford.events()).hasAtLeastOneElementOfType(PrimaryContactChanged.class);
    }

    @Test
    void eachContactChoosesAboutInvitations() {
        Organisation salford = MembershipLifecycleTests.active();

        salford.setWorkingGroupInvitations("person-1", false);

        assertThat(salford.contact("person-1").workingGroupInvitations()).isFalse();
        assertThatThrownBy(() -> salford.setWorkingGroupInvitations("nobody", false)).isInstanceOf(NotFound.class);
    }
}
