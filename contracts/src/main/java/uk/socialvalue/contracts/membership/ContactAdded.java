package uk.socialvalue.contracts.membership;

import java.time.Instant;

import uk.socialvalue.contracts.IntegrationEvent;

/** A person became a contact of a member organisation. */
public record ContactAdded(String eventId, Instant occurredAt, String organisationId, OrganisationSummary organisation,
        ContactSummary contact, String jobTitle, boolean primary) implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return organisationId;
    }
}
