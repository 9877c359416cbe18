package uk.socialvalue.contracts.membership;

/** The kind of organisation that holds a membership. */
public enum OrganisationType {
    LOCAL_AUTHORITY,
    PUBLIC_BODY,
    HOUSING_ASSOCIATION,
    CHARITY_OR_SOCIAL_ENTERPRISE,
    BUSINESS,
    INDIVIDUAL_PRACTITIONER
}
