package uk.socialvalue.contracts.membership;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/** The primary contact role passed from one contact of an organisation to another. */
public record PrimaryContactChanged(String eventId, Instant occurredAt, String organisationId,
        OrganisationSummary organisation, ContactSummary previous, ContactSummary current) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
