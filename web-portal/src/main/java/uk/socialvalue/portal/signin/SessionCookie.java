package uk.socialvalue.portal.signin;

/** The session cookie's name, set in application.yml ({@code server.servlet.session.cookie.name}). */
public final class SessionCookie {

    public static final String NAME = "SVUK_SESSION";

    private SessionCookie() {
    }
}
