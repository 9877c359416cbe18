package uk.socialvalue.training.member;

import java.time.Instant;

import uk.socialvalue.contracts.membership.MembershipStatus;

/**
 * An organisation's membership as the newest state training-service received describes it.
 *
 * @param organisationId  the organisation
 * @param name            its name
 * @param region          its UK region or nation
 * @param status          its membership status
 * @param version         the organisation's version at that state, in membership-service: higher is newer
 * @param updatedAt       when the change that led to that state happened (the producer's clock)
 */
public record MemberOrganisation(String organisationId, String name, String region, MembershipStatus status,
        long version, Instant updatedAt) {

    /** Whether it pays member prices: its membership is ACTIVE or in GRACE. */
    public boolean isMember() {
        return status.isMember();
    }
}
