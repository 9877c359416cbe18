package uk.socialvalue.contracts.membership;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/** A person stopped being a contact of an organisation; their account was closed with it. */
public record ContactRemoved(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary contact) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
