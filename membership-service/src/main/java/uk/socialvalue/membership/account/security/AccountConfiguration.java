package uk.socialvalue.membership.account.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import uk.socialvalue.contracts.Topics;
import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.membership.account.AuthProperties;
import uk.socialvalue.membership.account.BootstrapAdminProperties;
import uk.socialvalue.membership.account.ContactRoles;
import uk.socialvalue.membership.account.LinkProperties;
import uk.socialvalue.membership.account.PasswordHashing;
import uk.socialvalue.membership.account.People;
import uk.socialvalue.membership.account.StaffRoster;
import uk.socialvalue.support.domain.LinkSealer;
import uk.socialvalue.support.domain.Retry;
import uk.socialvalue.support.links.SealedLinks;
import uk.socialvalue.support.outbox.OutboxCollection;
import uk.socialvalue.support.security.revocation.RevokedTokens;

/**
 * Wires accounts to Spring Security's password hashing and to JWTs signed with the service's RSA key, and
 * creates the first administrator once the service is up.
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccountConfiguration.class);

    /** bcrypt today, with the algorithm named in each hash so that a stronger one can take over later. */
    @Bean
    PasswordHashing passwordHashing() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new PasswordHashing() {
            @Override
            public String hash(String password) {
                return encoder.encode(password);
            }

            @Override
            public boolean matches(String password, String hash) {
                return encoder.matches(password, hash);
            }
        };
    }

    /**
     * A person's events wait in their document: revocations and erasure for every service, set-password links
     * for notification-service.
     */
    @Bean
    OutboxCollection peopleOutbox() {
        return new OutboxCollection("people", Topics.MEMBERSHIP_PEOPLE, Topics.MEMBERSHIP_ACCOUNTS);
    }

    /** Seals emailed links for notification-service, whose public key {@code svuk.links.sealing-key-file} holds. */
    @Bean
    LinkSealer linkSealer(LinkProperties links) {
        if (links.sealingKeyFile() == null) {
            throw new IllegalStateException("svuk.links.sealing-key-file must name notification-service's public "
                    + "link key (PEM): emailed links travel sealed for it alone");
        }
        return SealedLinks.sealerFor(SealedLinks.readPublicKey(links.sealingKeyFile()));
    }

    @Bean
    JwtTokens tokens(AuthProperties auth, Clock clock, RevokedTokens revocations) {
        if (auth.issuer() == null || auth.issuer().isBlank()) {
            throw new IllegalStateException("svuk.auth.issuer must be set: it is the issuer the other services trust");
        }
        return new JwtTokens(SigningKeys.load(auth), auth.issuer(), clock, revocations);
    }

    /** membership-service checks its own access tokens with its key, rather than fetching its own JWKS. */
    @Bean
    JwtDecoder jwtDecoder(JwtTokens tokens) {
        return tokens.accessTokenDecoder();
    }

    @Bean
    Accounts accounts(People people, StaffRoster roster, ContactRoles contactRoles, JwtTokens tokens,
            PasswordHashing passwordHashing, AuthProperties auth, LinkProperties links, LinkSealer sealer, Retry retry,
            Clock clock) {
        return new Accounts(people, roster, contactRoles, tokens, passwordHashing, auth, links, sealer, retry, clock);
    }

    /** Once the service is up, creates the first administrator unless an account with the email exists. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> bootstrapAdministrator(Accounts accounts,
            BootstrapAdminProperties admin) {
        return ready -> {
            if (accounts.ensureAdministrator(admin.email(), admin.password())) {
                log.info("Created the first administrator, {}", admin.email());
            }
        };
    }
}
