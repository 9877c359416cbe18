package uk.socialvalue.portal.api;

/** A service answered 401: the person's access token expired or was revoked, so they must sign in again. */
public class NotSignedIn extends RuntimeException {

    public NotSignedIn(String service) {
        super(service + " no longer accepts this sign-in");
    }
}
