package uk.socialvalue.membership.organisation;

import uk.socialvalue.contracts.membership.OrganisationType;

/** The part of society an organisation works in, which sector working groups gather by. */
public enum Sector {
    LOCAL_GOVERNMENT,
    HOUSING,
    HEALTH,
    PUBLIC_SECTOR,
    VOLUNTARY_AND_COMMUNITY,
    PRIVATE_SECTOR;

    /** The sector an organisation of this type is in unless it says otherwise. */
    public static Sector usualFor(OrganisationType type) {
        return switch (type) {
            case LOCAL_AUTHORITY -> LOCAL_GOVERNMENT;
            case HOUSING_ASSOCIATION -> HOUSING;
            case PUBLIC_BODY -> PUBLIC_SECTOR;
            case CHARITY_OR_SOCIAL_ENTERPRISE -> VOLUNTARY_AND_COMMUNITY;
            case BUSINESS, INDIVIDUAL_PRACTITIONER -> PRIVATE_SECTOR;
        };
    }
}
