package uk.socialvalue.membership.account.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;

import uk.socialvalue.membership.account.AuthProperties;
import uk.socialvalue.membership.account.Person;
import uk.socialvalue.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every instance of membership-service signs with the same key, from one file or one secret, and the JWKS
 * carries the next key so that keys rotate without a token being refused.
 */
class SigningKeysTests {

    static final String ISSUER = "https://members.example";

    @TempDir
    Path folder;

    @Test
    void instancesStartingTogetherAllSignWithTheOneKeyTheFirstOfThemCreated() throws Exception {
        Path file = folder.resolve("keys").resolve("jwt-signing-keys.json");
        ExecutorService instances = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SigningKeys>> loaded = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            loaded.add(instances.submit((Callable<SigningKeys>) () -> {
                start.await();
                return SigningKeys.load(auth(file, null, null));
            }));
        }
        start.countDown();
        List<String> signingKeyIds = new ArrayList<>();
        for (Future<SigningKeys> keys : loaded) {
            signingKeyIds.add(keys.get().signing().getKeyID());
        }
        instances.shutdown();

        assertThat(signingKeyIds).hasSize(8).containsOnly(signingKeyIds.get(0));
        assertThat(SigningKeys.load(auth(file, null, null)).signing().getKeyID()).as("after a restart")
                .isEqualTo(signingKeyIds.get(0));
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).as("no drafts left behind").containsExactly(file);
        }
    }

    @Test
    void publishesTheNextKeyBeforeItSignsAndStillAcceptsTheLastKeysTokensAfterTheRotation() {
        RSAKey current = SigningKeys.generate();
        RSAKey next = SigningKeys.generate();
        String bothKeys = new JWKSet(List.of(current, next)).toString(false);
        JwtTokens before = tokens(auth(null, bothKeys, null));
        JwtTokens after = tokens(auth(null, bothKeys, next.getKeyID()));

        String signedBefore = before.accessToken(person(), Duration.ofHours(1)).value();
        String signedAfter = after.accessToken(person(), Duration.ofHours(1)).value();

        assertThat(before.publicKeys().getKeys()).extracting(key -> key.getKeyID())
                .containsExactly(current.getKeyID(), next.getKeyID());
        assertThat(before.publicKeys().getKeys()).noneMatch(key -> key.isPrivate());
        assertThat(before.accessTokenDecoder().decode(signedBefore).getHeaders()).containsEntry("kid", current.getKeyID());
        assertThat(after.accessTokenDecoder().decode(signedAfter).getHeaders()).containsEntry("kid", next.getKeyID());
        assertThat(after.accessTokenDecoder().decode(signedBefore).getSubject()).as("a token from before the rotation")
                .isEqualTo("person-1");
        assertThat(before.accessTokenDecoder().decode(signedAfter).getSubject())
                .as("an instance not yet switched accepts the new key's tokens").isEqualTo("person-1");
    }

    @Test
    void readsAKeyFileWrittenBeforeFilesHeldKeySets() throws Exception {
        RSAKey old = SigningKeys.generate();
        Path file = folder.resolve("jwt-signing-key.json");
        Files.writeString(file, old.toJSONString(), StandardCharsets.UTF_8);

        assertThat(SigningKeys.load(auth(file, null, null)).signing().getKeyID()).isEqualTo(old.getKeyID());
    }

    @Test
    void refusesToStartWithoutSharedKeysAndNamesWhatToSet() {
        assertThatThrownBy(() -> SigningKeys.load(auth(null, null, null)))
                .hasMessageContaining("svuk.auth.signing-key-file").hasMessageContaining("svuk.auth.signing-keys");
        assertThatThrownBy(() -> SigningKeys.load(auth(null, new JWKSet(SigningKeys.generate()).toString(false),
                "no-such-key"))).hasMessageContaining("no-such-key");
    }

    private static JwtTokens tokens(AuthProperties auth) {
        // No token is revoked here: the revocations' check passes every token.
        return new JwtTokens(SigningKeys.load(auth), ISSUER, Clock.systemUTC(),
                token -> OAuth2TokenValidatorResult.success());
    }

    private static AuthProperties auth(Path file, String keys, String keyId) {
        return new AuthProperties(ISSUER, file, keys, keyId, Duration.ofHours(1), Duration.ofHours(72),
                Duration.ofHours(1));
    }

    private static Person person() {
        return new Person("person-1", "ada@salford.example", "Ada", "organisation-1", Set.of(Role.ORG_ADMIN), null,
                Instant.now(), 0, null, null);
    }
}
