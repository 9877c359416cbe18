package uk.socialvalue.training.member;

import java.util.Optional;

import uk.socialvalue.contracts.membership.OrganisationStateChanged;

/**
 * Keeps training-service's view of memberships up to date from the states membership-service publishes to its
 * compacted state topic, so the view can be rebuilt from that topic at any time.
 */
public class MembershipProjection {

    private final MemberOrganisations organisations;

    public MembershipProjection(MemberOrganisations organisations) {
        this.organisations = organisations;
    }

    /**
     * Applies a state if it is newer, by the organisation's version, than what is stored. Each state is whole,
     * so applying the newest one is enough: no history, no de-duplication table, and no trust in clocks.
     *
     * @return whether the projection changed
     */
    public boolean apply(OrganisationStateChanged state) {
        return organisations.storeIfNewer(new MemberOrganisation(state.organisationId(), state.organisation().name(),
                state.organisation().region(), state.status(), state.version(), state.occurredAt()));
    }

    public Optional<MemberOrganisation> find(String organisationId) {
        return organisations.byId(organisationId);
    }
}
