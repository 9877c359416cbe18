package uk.socialvalue.membership.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import uk.socialvalue.contracts.IntegrationEvent;
import uk.socialvalue.contracts.membership.MembershipActivated;
import uk.socialvalue.contracts.membership.MembershipApplied;
import uk.socialvalue.contracts.membership.MembershipCancelled;
import uk.socialvalue.contracts.membership.MembershipRejected;
import uk.socialvalue.contracts.membership.MembershipRenewed;
import uk.socialvalue.contracts.membership.MembershipStatus;
import uk.socialvalue.contracts.membership.PasswordSetupRequested;
import uk.socialvalue.membership.account.SetupLink;

import static uk.socialvalue.contracts.membership.MembershipStatus.ACTIVE;
import static uk.socialvalue.contracts.membership.MembershipStatus.CANCELLED;
import static uk.socialvalue.contracts.membership.MembershipStatus.GRACE;
import static uk.socialvalue.contracts.membership.MembershipStatus.PENDING_APPROVAL;
import static uk.socialvalue.contracts.membership.MembershipStatus.REJECTED;

/**
 * An organisation and its membership of SVUK: the aggregate that enforces the membership lifecycle and
 * records each transition as an event, to be stored with the state change in one write.
 */
public class Organisation {

    /** A membership runs this long from activation, and each renewal adds as much again. */
    static final int TERM_MONTHS = 12;

    private static final Set<MembershipStatus> CLOSED = EnumSet.of(REJECTED, CANCELLED, MembershipStatus.LAPSED);

    private final String id;
    private final OrganisationDetails details;
    private final String membershipType;
    private final Instant appliedAt;
    private MembershipStatus status;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private final List<Contact> contacts;
    private final List<MembershipChange> history;
    private final long version;
    private final List<IntegrationEvent> events = new ArrayList<>();

    Organisation(String id, OrganisationDetails details, String membershipType, Instant appliedAt,
            MembershipStatus status, LocalDate startsOn, LocalDate endsOn, List<Contact> contacts,
            List<MembershipChange> history, long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.membershipType = Objects.requireNonNull(membershipType);
        this.appliedAt = appliedAt;
        this.status = Objects.requireNonNull(status);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.contacts = new ArrayList<>(contacts);
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /** An organisation as stored; for repositories only. */
    public static Organisation restore(String id, OrganisationDetails details, String membershipType,
            Instant appliedAt, MembershipStatus status, LocalDate startsOn, LocalDate endsOn, List<Contact> contacts,
            List<MembershipChange> history, long version) {
        return new Organisation(id, details, membershipType, appliedAt, status, startsOn, endsOn, contacts, history,
                version);
    }

    /** An application for membership, waiting for SVUK's approval. */
    public static Organisation apply(String id, OrganisationDetails details, String membershipType,
            Contact primaryContact, Instant now) {
        if (primaryContact.role() != ContactRole.PRIMARY) {
            throw new IllegalArgumentException("The applicant must be the primary contact");
        }
        var organisation = new Organisation(id, details, membershipType, now,
                PENDING_APPROVAL, null, null, List.of(primaryContact), List.of(), 0);
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
        require(status == PENDING_APPROVAL, "Only an application waiting for approval can be approved");
        status = ACTIVE;
        startsOn = today;
        endsOn = today.plusMonths(TERM_MONTHS);
        history.add(new MembershipChange(now, ACTIVE, "Approved; runs to " + endsOn));
        Contact primary = primaryContact();
        events.add(new MembershipActivated(newEventId(), now, id, details.summary(), primary.summary(),
                membershipType, startsOn, endsOn));
        events.add(new PasswordSetupRequested(newEventId(), now, primary.personId(), id, details.name(),
                primary.name(), primary.email(), PasswordSetupRequested.Reason.MEMBERSHIP_APPROVED,
                primaryContactSetup.url(), primaryContactSetup.expiresAt()));
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
        require(status == ACTIVE || status == GRACE, "Only an active membership or one in grace can be renewed");
        status = ACTIVE;
        endsOn = endsOn.plusMonths(TERM_MONTHS);
        history.add(new MembershipChange(now, ACTIVE, "Renewed; runs to " + endsOn));
        events.add(new MembershipRenewed(newEventId(), now, id, details.summary(), primaryContact().summary(),
                endsOn));
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

    /** Whether this membership holds its council's place: at most one open membership per GSS code. */
    public boolean isOpen() {
        return !CLOSED.contains(status);
    }

    public Contact primaryContact() {
        return contacts.stream().filter(c -> c.role() == ContactRole.PRIMARY).findFirst()
                .orElseThrow(() -> new IllegalStateException("Organisation " + id + " has no primary contact"));
    }

    /** The events recorded since the organisation was loaded, to be stored with its state. */
    public List<IntegrationEvent> events() {
        return List.copyOf(events);
    }

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

    public List<MembershipChange> history() {
        return List.copyOf(history);
    }

    /** The version it was loaded at, for optimistic concurrency. */
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
