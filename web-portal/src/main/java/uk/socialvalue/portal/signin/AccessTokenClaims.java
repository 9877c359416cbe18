package uk.socialvalue.portal.signin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads who a token is for from its claims. The portal received the token from membership-service itself, over
 * its own connection, the moment the person signed in, so it does not check the signature again: the services
 * check it on every call, and the portal only uses the claims to choose which pages to offer.
 */
final class AccessTokenClaims {

    private AccessTokenClaims() {
    }

    record Claims(SignedInUser user, Instant expiresAt) {
    }

    static Claims read(String token, JsonMapper json) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JWT");
        }
        JsonNode claims = json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        Set<String> roles = new LinkedHashSet<>();
        claims.path("roles").forEach(role -> roles.add(role.asString()));
        String organisationId = claims.path("org").isString() ? claims.path("org").asString() : null;
        SignedInUser user = new SignedInUser(claims.path("sub").asString(), organisationId, Set.copyOf(roles),
                claims.path("name").asString(null), claims.path("email").asString(null));
        return new Claims(user, Instant.ofEpochSecond(claims.path("exp").asLong()));
    }
}
