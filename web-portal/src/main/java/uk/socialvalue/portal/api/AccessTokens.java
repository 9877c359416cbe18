package uk.socialvalue.portal.api;

import java.util.Optional;

/** The signed-in person's access token, kept in their server-side session; empty for anyone not signed in. */
@FunctionalInterface
public interface AccessTokens {

    Optional<String> current();
}
