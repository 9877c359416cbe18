package uk.socialvalue.support.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import uk.socialvalue.support.security.CurrentUser;
import uk.socialvalue.support.security.Role;

/**
 * Stands in for membership-service as the token issuer in other services' tests: it publishes a JWKS
 * over real HTTP and signs RS256 access tokens with the same claims, so the resource-server setup under
 * test is the production one.
 */
public final class TestTokens implements AutoCloseable {

    public static final String ISSUER = "http://svuk-test-issuer";
    public static final String AUDIENCE = "svuk-api";

    private final RSAKey key;
    private final HttpServer server;

    public TestTokens() {
        KeyPair pair = KeyPairOfThisJvm.PAIR;
        key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
    }

    /** Where the public keys are published. */
    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** An access token for SVUK staff. */
    public String admin() {
        return token(UUID.randomUUID().toString(), null, Role.ADMIN);
    }

    /** An access token for a contact of the organisation with the given role. */
    public String contact(String organisationId, Role role) {
        return token(UUID.randomUUID().toString(), organisationId, role);
    }

    /** A signed access token with the given subject, organisation and roles. */
    public String token(String personId, String organisationId, Role... roles) {
        return token(personId, organisationId, null, null, roles);
    }

    /** A signed access token carrying the person's name and email, as membership-service's tokens do. */
    public String token(String personId, String organisationId, String name, String email, Role... roles) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(personId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim(CurrentUser.ROLES_CLAIM, Arrays.stream(roles).map(Role::name).toList());
        if (organisationId != null) {
            claims.claim(CurrentUser.ORGANISATION_CLAIM, organisationId);
        }
        if (name != null) {
            claims.claim("name", name);
        }
        if (email != null) {
            claims.claim("email", email);
        }
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Properties that point a resource server at this issuer. */
    public List<String> properties() {
        return List.of("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + jwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER,
                "spring.security.oauth2.resourceserver.jwt.audiences=" + AUDIENCE);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * One RSA key pair for every issuer of a test JVM, each with a key ID of its own: a test JVM compiles with C1
     * only, where making a 2,048-bit pair takes about a second of a core, and a module's tests start many
     * contexts.
     */
    private static final class KeyPairOfThisJvm {

        static final KeyPair PAIR = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
