package uk.socialvalue.training.member;

import java.time.Instant;

import uk.socialvalue.contracts.membership.MembershipStatus;

/**
 * An organisation's membership as the latest membership event training-service applied describes it.
 *
 * @param organisationId  the organisation
 * @param name            its name
 * @param region          its UK region or nation
 * @param status          its membership status
 * @param updatedAt       when the event that set this state happened (the producer's clock)
 */
public record MemberOrganisation(String organisationId, String name, String region, MembershipStatus status,
        Instant updatedAt) {

    /** Whether it pays member prices: its membership is ACTIVE or in GRACE. */
    public boolean isMember() {
        return status.isMember();
    }
}
