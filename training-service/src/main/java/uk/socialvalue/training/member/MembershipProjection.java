package uk.socialvalue.training.member;

import java.util.Optional;

import uk.socialvalue.contracts.membership.MembershipEvent;

/** Keeps training-service's view of memberships up to date from membership-service's events. */
public class MembershipProjection {

    private final MemberOrganisations organisations;

    public MembershipProjection(MemberOrganisations organisations) {
        this.organisations = organisations;
    }

    /**
     * Applies an event if it is newer than what is stored. Every membership event carries the whole state
     * the projection keeps, so applying the newest one is enough: no history, no de-duplication table.
     *
     * @return whether the projection changed
     */
    public boolean apply(MembershipEvent event) {
        return organisations.storeIfNewer(new MemberOrganisation(event.organisationId(), event.organisation().name(),
                event.organisation().region(), event.statusAfter(), event.occurredAt()));
    }

    public Optional<MemberOrganisation> find(String organisationId) {
        return organisations.byId(organisationId);
    }
}
