package uk.socialvalue.contracts.membership;

import java.time.Instant;
import java.time.LocalDate;

import uk.socialvalue.contracts.IntegrationEvent;

/**
 * An organisation's membership as it stands after a change, published to the compacted
 * {@link uk.socialvalue.contracts.Topics#MEMBERSHIP_ORGANISATION_STATE} topic with every change that records
 * events. Compaction keeps the newest per organisation; a consumer keeps the one with the highest
 * {@code version}, whatever order they arrive in (a replayed or redelivered older one changes nothing).
 *
 * @param organisationId  the organisation, also the record key
 * @param version         the organisation's version after the change: higher is newer
 * @param organisation    its name, type, GSS code and region
 * @param status          its membership status after the change
 * @param membershipType  the membership it holds or applied for
 * @param startsOn        the first day of its current membership year, or {@code null} before approval
 * @param endsOn          the last day of its current membership year, or {@code null} before approval
 */
public record OrganisationStateChanged(String eventId, Instant occurredAt, String organisationId, long version,
        OrganisationSummary organisation, MembershipStatus status, String membershipType, LocalDate startsOn,
        LocalDate endsOn) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
