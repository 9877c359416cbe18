package uk.socialvalue.membership.engagement;

import java.time.Instant;

/**
 * The latest known state of one thing the engagement figures count: a booking, one attendee's attendance,
 * a working-group invitation, or a person's accreditation level. Each event about it is a report of its state; the newest report wins, so
 * a redelivered, replayed or late event changes nothing.
 */
public sealed interface Fact permits BookingFact, AttendanceFact, InvitationFact, AccreditationFact {

    /** Its key among all facts, e.g. {@code booking:<id>}. */
    String key();

    String organisationId();

    /** The event this state comes from. */
    String eventId();

    /** When that event happened. */
    Instant occurredAt();

    /** What it adds to its organisation's figures now. */
    Contribution contribution();

    /** This fact as a newer report of the same fact describes it, keeping what was settled when first seen. */
    Fact updatedBy(Fact newer);

    /**
     * Whether this report is newer than the other: later, or at the same instant with the greater event id,
     * so that every consumer orders two reports alike, whatever order they arrive in.
     */
    default boolean isNewerThan(Fact other) {
        int byTime = occurredAt().compareTo(other.occurredAt());
        return byTime > 0 || (byTime == 0 && eventId().compareTo(other.eventId()) > 0);
    }
}
