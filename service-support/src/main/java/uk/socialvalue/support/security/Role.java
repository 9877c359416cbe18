package uk.socialvalue.support.security;

/** The roles a person holds on the platform, carried in the {@code roles} claim of their token. */
public enum Role {
    /** SVUK staff. */
    ADMIN,
    /** The primary contact of a member organisation. */
    ORG_ADMIN,
    /** Any other contact of a member organisation. */
    ORG_MEMBER;

    /** The Spring Security authority for the role, {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
