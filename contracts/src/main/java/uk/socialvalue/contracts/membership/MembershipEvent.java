package uk.socialvalue.contracts.membership;

import uk.socialvalue.contracts.IntegrationEvent;

/** An event in the lifecycle of one organisation's membership; the aggregate is the organisation. */
public interface MembershipEvent extends IntegrationEvent {

    String organisationId();

    OrganisationSummary organisation();

    /** The primary contact at the time of the event, who is told about it. */
    ContactSummary primaryContact();

    /** The status the membership is in once this event has happened. */
    MembershipStatus statusAfter();

    @Override
    default String aggregateId() {
        return organisationId();
    }
}
