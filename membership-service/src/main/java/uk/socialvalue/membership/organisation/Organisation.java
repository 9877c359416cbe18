package uk.socialvalue.membership.organisation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.ContactAdded;
import uk.socialvalue.contracts.membership.ContactRemoved;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.MembershipCancelled;
import uk.socialvalue.contracts.membership.MembershipEnteredGrace;
import uk.socialvalue.contracts.membership.MembershipLapsed;
import uk.socialvalue.contracts.membership.MembershipRejected;
import uk.socialvalue.contracts.membership.MembershipRenewalDue;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.contracts.membership.PrimaryContactChanged;
import uk.socialvalue.membership.account.SetupLink;
import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.NotFound;

import static uk.socialvalue.contracts.membership.MembershipStatus.ACTIVE;
import static uk.socialvalue.contracts.membership.MembershipStatus.CANCELLED;
import static uk.socialvalue.contracts.membership.MembershipStatus.GRACE;
import static uk.socialvalue.contracts.membership.MembershipStatus.LAPSED;
import static uk.socialvalue.contracts.membership.MembershipStatus.PENDING_APPROVAL;
import static uk.socialvalue.contracts.membership.MembershipStatus.REJECTED;

/**
 * An organisation and its membership of SVUK: the aggregate that enforces the membership lifecycle and
 * records each transition as an event, to be stored with the state change in one write.
 */
public class Organisation implements Aggregate {

    /** A membership runs this long from activation, and each renewal adds as much again. */
    static final int TERM_MONTHS = 12;

    private static final Set<MembershipStatus> CLOSED = EnumSet.of(REJECTED, CANCELLED, LAPSED);

    private final String id;
    private final OrganisationDetails details;
    private final String membershipType;
    private final Instant appliedAt;
    private MembershipStatus status;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private final List<Contact> contacts;
    private final List<FormerContact> formerContacts;
    private final List<MembershipChange> history;
    private final SortedSet<Integer> remindersSent;
    private final long version;
    private final List<IntegrationEvent> events = new ArrayList<>();

    Organisation(String id, OrganisationDetails details, String membershipType, Instant appliedAt,
            MembershipStatus status, LocalDate startsOn, LocalDate endsOn, List<Contact> contacts,
            List<FormerContact> formerContacts, List<MembershipChange> history, Set<Integer> remindersSent,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.membershipType = Objects.requireNonNull(membershipType);
        this.appliedAt = appliedAt;
        this.status = Objects.requireNonNull(status);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.contacts = new ArrayList<>(contacts);
        this.formerContacts = new ArrayList<>(formerContacts);
        this.history = new ArrayList<>(history);
        this.remindersSent = new TreeSet<>(remindersSent);
        this.version = version;
    }

    /** An organisation as stored; for repositories only. */
    public static Organisation restore(String id, OrganisationDetails details, String membershipType,
            Instant appliedAt, MembershipStatus status, LocalDate startsOn, LocalDate endsOn, List<Contact> contacts,
            List<FormerContact> formerContacts, List<MembershipChange> history, Set<Integer> remindersSent,
            long version) {
        return new Organisation(id, details, membershipType, appliedAt, status, startsOn, endsOn, contacts,
                formerContacts, history, remindersSent, version);
    }

    /** An application for membership, waiting for SVUK's approval. */
    public static Organisation apply(String id, OrganisationDetails details, String membershipType,
            Contact primaryContact, Instant now) {
        if (primaryContact.role() != ContactRole.PRIMARY) {
            throw new IllegalArgumentException("The applicant must be the primary contact");
        }
        var organisation = new Organisation(id, details, membershipType, now,
                PENDING_APPROVAL, null, null, List.of(primaryContact), List.of(), List.of(), Set.of(), 0);
        organisation.history.add(new MembershipChange(now, PENDING_APPROVAL, "Applied for " + membershipType));
        organisation.events.add(new MembershipApplied(newEventId(), now, organisation.id, details.summary(),
                primaryContact.summary(), membershipType));
        return organisation;
    }

    /**
     * SVUK approves the application: the membership starts today and runs for twelve months, and the
     * primary contact is sent a link to set their password.
     */
    public void approve(LocalDate today, Instant now, SetupLink primaryContactSetup) {
        approve(today, now, primaryContactSetup, null);
    }

    /**
     * {@link #approve(LocalDate, Instant, SetupLink)}, with the purchase-order number the organisation gave for
     * its first year, which its invoice quotes.
     */
    public void approve(LocalDate today, Instant now, SetupLink primaryContactSetup, String purchaseOrder) {
        require(status == PENDING_APPROVAL, "Only an application waiting for approval can be approved");
        status = ACTIVE;
        startsOn = today;
        endsOn = today.plusMonths(TERM_MONTHS);
        history.add(new MembershipChange(now, ACTIVE, "Approved; runs to " + endsOn));
        Contact primary = primaryContact();
        events.add(new MembershipActivated(newEventId(), now, id, details.summary(), primary.summary(),
                membershipType, startsOn, endsOn, purchaseOrder));
        events.add(new PasswordSetupRequested(newEventId(), now, primary.personId(), id, details.name(),
                primary.name(), primary.email(), PasswordSetupRequested.Reason.MEMBERSHIP_APPROVED,
                primaryContactSetup.sealedUrl(), primaryContactSetup.expiresAt()));
    }

    /** SVUK turns the application down, for a reason the applicant is told. */
    public void reject(String reason, Instant now) {
        require(status == PENDING_APPROVAL, "Only an application waiting for approval can be rejected");
        requireText(reason, "A rejection needs a reason");
        status = REJECTED;
        history.add(new MembershipChange(now, REJECTED, reason));
        events.add(new MembershipRejected(newEventId(), now, id, details.summary(), primaryContact().summary(),
                reason));
    }

    /** Extends the membership by twelve months from its current end date, also during grace. */
    public void renew(Instant now) {
        renew(now, null);
    }

    /** {@link #renew(Instant)}, with the purchase-order number the organisation gave for the renewal. */
    public void renew(Instant now, String purchaseOrder) {
        require(status == ACTIVE || status == GRACE, "Only an active membership or one in grace can be renewed");
        status = ACTIVE;
        endsOn = endsOn.plusMonths(TERM_MONTHS);
        remindersSent.clear();
        history.add(new MembershipChange(now, ACTIVE, "Renewed; runs to " + endsOn));
        events.add(new MembershipRenewed(newEventId(), now, id, details.summary(), primaryContact().summary(),
                endsOn, membershipType, purchaseOrder));
    }

    /** Ends the membership, or withdraws the application, before its time. */
    public void cancel(String reason, Instant now) {
        require(status == PENDING_APPROVAL || status == ACTIVE || status == GRACE,
                "Only an application or a current membership can be cancelled");
        String why = reason == null || reason.isBlank() ? "Cancelled" : reason.strip();
        status = CANCELLED;
        history.add(new MembershipChange(now, CANCELLED, why));
        events.add(new MembershipCancelled(newEventId(), now, id, details.summary(), primaryContact().summary(),
                why));
    }

    /**
     * What the daily lifecycle job does for one membership on a given day: sends the renewal reminder whose
     * point has been reached (once each, however often it runs), moves a membership past its end date into
     * grace, and lapses one whose grace has run out.
     *
     * @return whether anything changed
     */
    public boolean advance(LocalDate today, Instant now, Period gracePeriod, Collection<Integer> reminderDays) {
        int before = events.size();
        if (status == ACTIVE && !today.isAfter(endsOn)) {
            remindOfRenewal(today, now, reminderDays);
        }
        if (status == ACTIVE && today.isAfter(endsOn)) {
            status = GRACE;
            LocalDate graceEndsOn = endsOn.plus(gracePeriod);
            history.add(new MembershipChange(now, GRACE, "Ended on " + endsOn + "; counts until " + graceEndsOn));
            events.add(new MembershipEnteredGrace(newEventId(), now, id, details.summary(), primaryContact().summary(),
                    endsOn, graceEndsOn));
        }
        if (status == GRACE && today.isAfter(endsOn.plus(gracePeriod))) {
            status = LAPSED;
            history.add(new MembershipChange(now, LAPSED, "Lapsed: not renewed by " + endsOn.plus(gracePeriod)));
            events.add(new MembershipLapsed(newEventId(), now, id, details.summary(), primaryContact().summary()));
        }
        return events.size() > before;
    }

    /**
     * Withdraws an application that has waited longer than {@code undecidedFor} for SVUK's decision, which frees
     * its council and its contact's email address for a new application.
     *
     * @return whether it did
     */
    public boolean withdrawIfUndecided(Instant now, Duration undecidedFor) {
        if (!isUndecidedFor(now, undecidedFor)) {
            return false;
        }
        String why = "Withdrawn: not decided within " + undecidedFor.toDays() + " days; apply again if still wanted";
        status = CANCELLED;
        history.add(new MembershipChange(now, CANCELLED, why));
        events.add(new MembershipCancelled(newEventId(), now, id, details.summary(), primaryContact().summary(), why));
        return true;
    }

    /** Whether this is an application still waiting for a decision after {@code undecidedFor}. */
    public boolean isUndecidedFor(Instant now, Duration undecidedFor) {
        return status == PENDING_APPROVAL && appliedAt != null && appliedAt.plus(undecidedFor).isBefore(now);
    }

    /** Whether it closed without ever having started: rejected, or withdrawn before approval. */
    public boolean closedBeforeStarting() {
        return !isOpen() && startsOn == null;
    }

    /**
     * Marks every reminder point reached as sent and sends the nearest one: a job that did not run for a
     * while sends one timely reminder, not a burst of stale ones.
     */
    private void remindOfRenewal(LocalDate today, Instant now, Collection<Integer> reminderDays) {
        long daysLeft = ChronoUnit.DAYS.between(today, endsOn);
        List<Integer> due = reminderDays.stream()
                .filter(days -> daysLeft <= days && !remindersSent.contains(days))
                .sorted()
                .toList();
        if (due.isEmpty()) {
            return;
        }
        remindersSent.addAll(due);
        events.add(new MembershipRenewalDue(newEventId(), now, id, details.summary(), primaryContact().summary(),
                endsOn, due.get(0)));
    }

    /**
     * Adds a contact, who is then sent a link to set their password.
     */
    public void addContact(Contact contact, Instant now, SetupLink setup) {
        require(status == ACTIVE || status == GRACE, "Contacts can be added to current members only");
        require(contact.role() == ContactRole.MEMBER, "A new contact joins as a member; hand over the primary role after");
        require(contacts.stream().noneMatch(c -> Objects.equals(c.email(), contact.email())
                        || c.personId().equals(contact.personId())),
                "That person is already a contact");
        contacts.add(contact);
        events.add(new ContactAdded(newEventId(), now, id, details.summary(), contact.summary(), contact.jobTitle(),
                false));
        events.add(new PasswordSetupRequested(newEventId(), now, contact.personId(), id, details.name(),
                contact.name(), contact.email(), PasswordSetupRequested.Reason.CONTACT_ADDED, setup.sealedUrl(),
                setup.expiresAt()));
    }

    /** Removes a contact who has left; the primary contact must hand over their role first. */
    public Contact removeContact(String personId, Instant now) {
        Contact leaving = contact(personId);
        require(leaving.role() != ContactRole.PRIMARY,
                "The primary contact cannot be removed; hand the role to another contact first");
        contacts.remove(leaving);
        formerContacts.add(new FormerContact(leaving, now));
        events.add(new ContactRemoved(newEventId(), now, id, details.summary(), leaving.summary()));
        return leaving;
    }

    /** Hands the primary contact role to another contact; the previous primary stays on as a member. */
    public void handOverPrimaryContact(String personId, Instant now) {
        Contact next = contact(personId);
        Contact previous = primaryContact();
        if (next.equals(previous)) {
            return;
        }
        replace(previous, withRole(previous, ContactRole.MEMBER));
        replace(next, withRole(next, ContactRole.PRIMARY));
        events.add(new PrimaryContactChanged(newEventId(), now, id, details.summary(), previous.summary(),
                next.summary()));
    }

    /** A contact's own choice about working-group invitations. */
    public void setWorkingGroupInvitations(String personId, boolean wanted) {
        Contact contact = contact(personId);
        replace(contact, new Contact(contact.personId(), contact.name(), contact.email(), contact.jobTitle(),
                contact.role(), contact.addedAt(), wanted));
    }

    /** The person as a contact of this organisation, now and formerly: their contact records. */
    public List<Contact> contactRecordsOf(String personId) {
        List<Contact> records = new ArrayList<>();
        contacts.stream().filter(c -> c.personId().equals(personId)).forEach(records::add);
        formerContacts.stream().map(FormerContact::contact).filter(c -> c.personId().equals(personId))
                .forEach(records::add);
        return records;
    }

    /**
     * Erases the person's name, email and job title from the organisation's contacts and former contacts,
     * keeping the record that someone was a contact, and when.
     *
     * @return whether anything was left to erase
     */
    public boolean erasePerson(String personId, String erasedName) {
        boolean changed = false;
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            if (contact.personId().equals(personId) && !erased(contact, erasedName)) {
                contacts.set(i, anonymised(contact, erasedName));
                changed = true;
            }
        }
        for (int i = 0; i < formerContacts.size(); i++) {
            FormerContact former = formerContacts.get(i);
            if (former.contact().personId().equals(personId) && !erased(former.contact(), erasedName)) {
                formerContacts.set(i, new FormerContact(anonymised(former.contact(), erasedName), former.removedAt()));
                changed = true;
            }
        }
        return changed;
    }

    private static boolean erased(Contact contact, String erasedName) {
        return erasedName.equals(contact.name()) && contact.email() == null && contact.jobTitle() == null;
    }

    private static Contact anonymised(Contact contact, String erasedName) {
        return new Contact(contact.personId(), erasedName, null, null, contact.role(), contact.addedAt(), false);
    }

    /** The current contact with this person id. */
    public Contact contact(String personId) {
        return contacts.stream().filter(c -> c.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new NotFound("No current contact " + personId));
    }

    public boolean hasContact(String personId) {
        return contacts.stream().anyMatch(c -> c.personId().equals(personId));
    }

    private void replace(Contact old, Contact updated) {
        contacts.set(contacts.indexOf(old), updated);
    }

    private static Contact withRole(Contact contact, ContactRole role) {
        return new Contact(contact.personId(), contact.name(), contact.email(), contact.jobTitle(), role,
                contact.addedAt(), contact.workingGroupInvitations());
    }

    /** Whether this membership holds its council's place: at most one open membership per GSS code. */
    public boolean isOpen() {
        return !CLOSED.contains(status);
    }

    public Contact primaryContact() {
        return contacts.stream().filter(c -> c.role() == ContactRole.PRIMARY).findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisation " + id + " has no primary contact"));
    }

    /** The events recorded since the organisation was loaded, to be stored with its state. */
    @Override
    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public String id() {
        return id;
    }

    public OrganisationDetails details() {
        return details;
    }

    public String membershipType() {
        return membershipType;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public MembershipStatus status() {
        return status;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public List<FormerContact> formerContacts() {
        return List.copyOf(formerContacts);
    }

    public List<MembershipChange> history() {
        return List.copyOf(history);
    }

    /** The renewal reminder points (days before the end date) already sent for the current term. */
    public Set<Integer> remindersSent() {
        return Set.copyOf(remindersSent);
    }

    /** The version it was loaded at, for optimistic concurrency. */
    @Override
    public long version() {
        return version;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MembershipRuleViolation(message);
        }
    }

    private static void requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
