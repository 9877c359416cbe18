package uk.socialvalue.training.member;

import java.util.Optional;

/** The membership projection: one entry per organisation that membership-service told us about. */
public interface MemberOrganisations {

    /**
     * Stores the state unless a state at the same or a later version of the organisation is stored already, in
     * one conditional write, so that redelivered, replayed and out-of-order states leave the newest in place.
     *
     * @return whether it was stored
     */
    boolean storeIfNewer(MemberOrganisation state);

    Optional<MemberOrganisation> byId(String organisationId);
}
