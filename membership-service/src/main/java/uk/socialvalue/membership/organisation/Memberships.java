package uk.socialvalue.membership.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.time.Period;
import java.util.function.Consumer;
import java.util.function.Predicate;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.OrganisationType;
import uk.socialvalue.membership.account.AccountChange;
import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.account.EmailTaken;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.membership.register.Council;
import uk.socialvalue.membership.register.CouncilRegister;
import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.security.Role;

/** The membership use cases: applying, and SVUK's approval, rejection, renewal and cancellation. */
public class Memberships {

    /**
     * An account whose organisation is still missing after this long was left by an application that died
     * half-way (the account is written first); its email address may be used again.
     */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final Organisations organisations;
    private final Accounts accounts;
    private final CouncilRegister register;
    private final MembershipProperties properties;
    private final Retry retry;
    private final Clock clock;

    public Memberships(Organisations organisations, Accounts accounts, CouncilRegister register,
            MembershipProperties properties, Retry retry, Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.register = register;
        this.properties = properties;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Records an application and opens the applicant's account as its primary contact.
     *
     * @throws InvalidField when a field names something unknown
     * @throws Organisations.OpenMembershipExists when the council already has an open membership
     * @throws EmailTaken when the contact's email address belongs to someone else
     */
    public Organisation apply(ApplicationForm application) {
        OrganisationDetails details = details(application);
        checkMembershipType(application.membershipType(), details.type());
        if (details.gssCode() != null) {
            organisations.withOpenMembership(details.gssCode())
                    .filter(existing -> !withdrawIfUndecided(existing))
                    .ifPresent(existing -> {
                        throw new Organisations.OpenMembershipExists(existing);
                    });
        }
        String organisationId = UUID.randomUUID().toString();
        Person person = openPrimaryContactAccount(organisationId, application);
        var organisation = Organisation.apply(organisationId, details, application.membershipType(),
                new Contact(person.id(), application.contactName().strip(), person.email(),
                        stripped(application.contactJobTitle()), ContactRole.PRIMARY, clock.instant(), true),
                clock.instant());
        try {
            organisations.add(organisation);
        } catch (RuntimeException e) {
            accounts.discard(person.id());
            throw e;
        }
        return organisation;
    }

    public Organisation approve(String organisationId) {
        return approve(organisationId, null);
    }

    /** Approves, quoting the organisation's purchase-order number (or {@code null}) on the membership's invoice. */
    public Organisation approve(String organisationId, String purchaseOrder) {
        // A link is issued only for an approval that goes ahead: issuing one replaces the link sent before.
        return change(organisationId, organisation -> organisation.approve(today(), clock.instant(),
                organisation.status() == MembershipStatus.PENDING_APPROVAL
                        ? accounts.setupLink(organisation.primaryContact().personId()) : null,
                strippedOrNull(purchaseOrder)));
    }

    /** Turns an application down, which frees its contact's email address (and its council) for a new one. */
    public Organisation reject(String organisationId, String reason) {
        Organisation rejected = change(organisationId, organisation -> organisation.reject(reason, clock.instant()));
        closeAccountsOf(rejected);
        return rejected;
    }

    public Organisation renew(String organisationId) {
        return renew(organisationId, null);
    }

    /** Renews, quoting the organisation's purchase-order number (or {@code null}) on the renewal's invoice. */
    public Organisation renew(String organisationId, String purchaseOrder) {
        return change(organisationId, organisation -> organisation.renew(clock.instant(), strippedOrNull(purchaseOrder)));
    }

    public Organisation cancel(String organisationId, String reason) {
        Organisation cancelled = change(organisationId, organisation -> organisation.cancel(reason, clock.instant()));
        closeAccountsOf(cancelled);
        return cancelled;
    }

    public Optional<Organisation> find(String organisationId) {
        return organisations.byId(organisationId);
    }

    /**
     * The daily lifecycle run for a given day: renewal reminders, grace and lapsing for every membership
     * that may be due. Safe to run any number of times, on any number of instances: each organisation's
     * state records what was done, and a concurrent run loses the optimistic-version race and looks again.
     * An organisation that other writers keep changing beyond the conflict retries is left for the next run;
     * the run carries on with the others rather than losing the day for everyone after it.
     */
    public LifecycleRun advanceLifecycle(LocalDate today) {
        int longestReminder = properties.reminderDays().stream().mapToInt(Integer::intValue).max().orElse(0);
        Period grace = Period.ofDays((int) properties.gracePeriod().toDays());
        int changed = 0;
        List<String> conflicting = new ArrayList<>();
        for (String id : organisations.undecidedSince(clock.instant().minus(properties.undecidedApplicationsCloseAfter()))) {
            try {
                if (withdrawIfUndecided(id)) {
                    changed++;
                }
            } catch (ConcurrentUpdate conflict) {
                conflicting.add(id);
            }
        }
        for (String id : organisations.dueForLifecycle(today.plusDays(longestReminder))) {
            try {
                if (changeIf(id, organisation -> organisation.advance(today, clock.instant(), grace,
                        properties.reminderDays())).isPresent()) {
                    changed++;
                }
            } catch (ConcurrentUpdate conflict) {
                conflicting.add(id);
            }
        }
        return new LifecycleRun(changed, conflicting);
    }

    /**
     * Adds a contact to a current member and sends them a link to set their password.
     *
     * @throws EmailTaken when the address already belongs to someone
     */
    public Contact addContact(String organisationId, String name, String email, String jobTitle) {
        if (!organisations.exists(organisationId)) {
            throw new NotFound("No organisation " + organisationId);
        }
        Person person = openAccount(organisationId, name, email, Role.ORG_MEMBER);
        var contact = new Contact(person.id(), name.strip(), person.email(), stripped(jobTitle), ContactRole.MEMBER,
                clock.instant(), true);
        try {
            change(organisationId, organisation -> organisation.addContact(contact, clock.instant(),
                    accounts.setupLink(person.id())));
        } catch (RuntimeException e) {
            accounts.discard(person.id());
            throw e;
        }
        return contact;
    }

    /**
     * Removes a contact who has left, keeping them in the organisation's history. Their account is closed first
     * (once the rules allow the removal), so that their access ends even if the removal itself must be tried
     * again.
     */
    public void removeContact(String organisationId, String personId) {
        organisations.byId(organisationId).orElseThrow(() -> new NotFound("No organisation " + organisationId))
                .removeContact(personId, clock.instant()); // refuses what the rules forbid, before anything changes
        accounts.close(personId, AccountChange.CONTACT_REMOVED);
        change(organisationId, organisation -> organisation.removeContact(personId, clock.instant()));
    }

    /**
     * Hands the primary role to another contact. The previous primary contact's access tokens are revoked once
     * the organisation says so: the tokens they get next carry the role they hold now.
     */
    public Organisation handOverPrimaryContact(String organisationId, String personId) {
        String previous = find(organisationId).map(o -> o.primaryContact().personId()).orElse(null);
        Organisation changed = change(organisationId,
                organisation -> organisation.handOverPrimaryContact(personId, clock.instant()));
        if (previous != null && !previous.equals(personId)) {
            accounts.revokeAccess(previous, AccountChange.PRIMARY_ROLE_HANDED_OVER);
        }
        return changed;
    }

    public Organisation setWorkingGroupInvitations(String organisationId, String personId, boolean wanted) {
        return change(organisationId, organisation -> organisation.setWorkingGroupInvitations(personId, wanted));
    }

    /**
     * Memberships to renew soon: active ones ending within {@code days} from today (UK), and those in their
     * grace period, soonest end first, a page at a time.
     */
    public Organisations.Page renewalsDue(int days, int page, int size) {
        return organisations.renewalsDue(today().plusDays(days), page, size);
    }

    /** Organisations matching the query, a page at a time, in name order. */
    public Organisations.Page search(Organisations.Query query, int page, int size) {
        return organisations.search(query, page, size);
    }

    private Organisation change(String organisationId, Consumer<Organisation> change) {
        return changeIf(organisationId, organisation -> {
            change.accept(organisation);
            return true;
        }).orElseThrow();
    }

    /**
     * Applies a change to the latest state and stores it if it says it changed anything, worked out again on
     * the fresh state when someone else was faster; the organisation as stored, or empty if there was nothing
     * to store.
     */
    /**
     * Withdraws the application if it has waited too long for a decision, closing its contact's account.
     *
     * @return whether it was withdrawn (now or before), so that its council and email are free
     */
    private boolean withdrawIfUndecided(String organisationId) {
        Optional<Organisation> withdrawn = changeIf(organisationId, organisation -> organisation.withdrawIfUndecided(
                clock.instant(), properties.undecidedApplicationsCloseAfter()));
        withdrawn.ifPresent(this::closeAccountsOf);
        return withdrawn.isPresent() || find(organisationId).filter(Organisation::isOpen).isEmpty();
    }

    /** An application that closed without starting frees its contacts' email addresses. */
    private void closeAccountsOf(Organisation organisation) {
        if (organisation.closedBeforeStarting()) {
            organisation.contacts().forEach(contact -> accounts.close(contact.personId(),
                    AccountChange.APPLICATION_CLOSED));
        }
    }

    private Optional<Organisation> changeIf(String organisationId, Predicate<Organisation> change) {
        return retry.onConflict(() -> {
            Organisation organisation = organisations.byId(organisationId)
                    .orElseThrow(() -> new NotFound("No organisation " + organisationId));
            if (!change.test(organisation)) {
                return Optional.empty();
            }
            organisations.save(organisation);
            return Optional.of(organisation);
        });
    }

    private OrganisationDetails details(ApplicationForm application) {
        if (application.type() == OrganisationType.LOCAL_AUTHORITY) {
            Council council = register.byGssCode(application.gssCode()).orElseThrow(() -> new InvalidField(
                    "organisation.gssCode", "is not the GSS code of a current UK council"));
            return new OrganisationDetails(council.name(), OrganisationType.LOCAL_AUTHORITY, council.gssCode(),
                    council.region(), Sector.LOCAL_GOVERNMENT);
        }
        if (application.name() == null || application.name().isBlank()) {
            throw new InvalidField("organisation.name", "is required for this type of organisation");
        }
        if (application.region() == null || !register.regions().contains(application.region().strip())) {
            throw new InvalidField("organisation.region", "must be one of " + register.regions());
        }
        return new OrganisationDetails(application.name().strip(), application.type(), null,
                application.region().strip(),
                application.sector() == null ? Sector.usualFor(application.type()) : application.sector());
    }

    private void checkMembershipType(String code, OrganisationType organisationType) {
        MembershipProperties.MembershipType type = properties.types().get(code);
        if (type == null) {
            throw new InvalidField("membershipType", "must be one of " + properties.types().keySet());
        }
        boolean individual = organisationType == OrganisationType.INDIVIDUAL_PRACTITIONER;
        if (individual != (type.audience() == MembershipProperties.Audience.INDIVIDUAL)) {
            throw new InvalidField("membershipType", "is not available to this type of organisation");
        }
    }

    private Person openPrimaryContactAccount(String organisationId, ApplicationForm application) {
        return openAccount(organisationId, application.contactName(), application.contactEmail(), Role.ORG_ADMIN);
    }

    /**
     * Opens a contact's account, which is written before the organisation that lists them. An account left
     * behind by a write that never followed can be taken over once it is clearly abandoned.
     */
    private Person openAccount(String organisationId, String name, String email, Role role) {
        try {
            return accounts.openForContact(organisationId, name.strip(), email, role);
        } catch (EmailTaken taken) {
            Person existing = accounts.byId(taken.personId()).orElseThrow(() -> taken);
            if (isAbandoned(existing)) {
                accounts.discard(existing.id());
            } else if (existing.organisationId() != null && applicationClosedOrUndecided(existing.organisationId())) {
                accounts.close(existing.id(), AccountChange.APPLICATION_CLOSED);
            } else {
                throw taken;
            }
            return accounts.openForContact(organisationId, name.strip(), email, role);
        }
    }

    /**
     * Whether the organisation is an application that closed without starting (its contact's account was left
     * open by a crash), or one undecided for too long, withdrawn now.
     */
    private boolean applicationClosedOrUndecided(String organisationId) {
        Optional<Organisation> organisation = find(organisationId);
        return organisation.isPresent() && (organisation.get().closedBeforeStarting()
                || organisation.get().isUndecidedFor(clock.instant(), properties.undecidedApplicationsCloseAfter())
                && withdrawIfUndecided(organisationId));
    }

    /** An account of someone no organisation lists as a contact, old enough not to be mid-write. */
    private boolean isAbandoned(Person person) {
        return person.organisationId() != null
                && person.createdAt().plus(ABANDONED_AFTER).isBefore(clock.instant())
                && organisations.byId(person.organisationId()).filter(o -> o.hasContact(person.id())).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    private static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
