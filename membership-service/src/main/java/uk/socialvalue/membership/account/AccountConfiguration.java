package uk.socialvalue.membership.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Wires accounts and tokens, and creates the first administrator once the service is up. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Tokens tokens(AuthProperties auth, Clock clock) {
        if (auth.issuer() == null || auth.issuer().isBlank()) {
            throw new IllegalStateException("svuk.auth.issuer must be set: it is the issuer the other services trust");
        }
        return new Tokens(SigningKeys.load(auth.signingKeyFile()), auth.issuer(), clock);
    }

    /** membership-service checks its own access tokens with its key, rather than fetching its own JWKS. */
    @Bean
    JwtDecoder jwtDecoder(Tokens tokens) {
        return tokens.accessTokenDecoder();
    }

    @Bean
    Accounts accounts(People people, ContactRoles contactRoles, Tokens tokens, PasswordEncoder passwordEncoder,
            AuthProperties auth, LinkProperties links, Clock clock) {
        return new Accounts(people, contactRoles, tokens, passwordEncoder, auth, links, clock);
    }

    @Bean
    BootstrapAdministrator bootstrapAdministrator(Accounts accounts, BootstrapAdminProperties admin) {
        return new BootstrapAdministrator(accounts, admin);
    }

    static class BootstrapAdministrator {

        private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

        private final Accounts accounts;
        private final BootstrapAdminProperties admin;

        BootstrapAdministrator(Accounts accounts, BootstrapAdminProperties admin) {
            this.accounts = accounts;
            this.admin = admin;
        }

        @EventListener(ApplicationReadyEvent.class)
        void createFirstAdministrator() {
            if (accounts.ensureAdministrator(admin.email(), admin.password())) {
                log.info("Created the first administrator, {}", admin.email());
            }
        }
    }
}
