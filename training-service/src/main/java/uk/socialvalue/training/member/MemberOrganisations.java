package uk.socialvalue.training.member;

import java.util.Optional;

/** The membership projection: one entry per organisation that membership-service told us about. */
public interface MemberOrganisations {

    /**
     * Stores the state unless a state from a later event is stored already, in one conditional write, so that
     * redelivered and out-of-order events leave the newest state in place.
     *
     * @return whether it was stored
     */
    boolean storeIfNewer(MemberOrganisation state);

    Optional<MemberOrganisation> byId(String organisationId);
}
