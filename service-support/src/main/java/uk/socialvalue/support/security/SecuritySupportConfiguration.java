package uk.socialvalue.support.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

import uk.socialvalue.support.settings.RequiredSettings;

/**
 * Reads SVUK access tokens the same way in every service: roles from the {@code roles} claim, and (in every
 * service but the issuer itself) signatures checked against membership-service's published keys; and leaves
 * the management port, when there is one, open to monitoring.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class SecuritySupportConfiguration {

    /** How long the published keys are kept when membership-service cannot be reached to refresh them. */
    static final Duration KEYS_KEPT_THROUGH_AN_OUTAGE = Duration.ofHours(24);

    /**
     * On the management port, when one is set ({@code management.server.port}), the operational endpoints
     * need no user token: Prometheus scrapes {@code /actuator/prometheus} there, and probes read health. That
     * port is for the operators' network only, never exposed to the public; on the service's own port the
     * actuator stays for SVUK staff (admin), as {@link ApiSecurity} says.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher onManagementPort = request -> {
            String port = environment.getProperty("local.management.port");
            return port != null && !port.equals(environment.getProperty("local.server.port"))
                    && request.getLocalPort() == Integer.parseInt(port);
        };
        return http.securityMatcher(onManagementPort)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize.requestMatchers("/actuator", "/actuator/**").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(CurrentUser.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /**
     * Checks tokens with the keys membership-service publishes ({@code jwk-set-uri}), its issuer and the API
     * audience. The keys are cached, refreshed ahead of expiry, looked up again for a key id not yet seen (the
     * next key of a rotation), and kept through an outage of membership-service, so that tokens keep working
     * while it restarts. Built from the settings when it is first needed rather than on a condition evaluated
     * at start-up, so that the issuer's URLs may be given late (as tests do), and stating any missing one. Every
     * other {@code OAuth2TokenValidator<Jwt>} bean checks tokens too, as in Boot's own decoder: the revocations.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties, Environment environment,
            ObjectProvider<OAuth2TokenValidator<Jwt>> moreChecks) {
        RequiredSettings.check(environment);
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(URI.create(jwt.getJwkSetUri()).toURL())
                    .refreshAheadCache(true)
                    .outageTolerant(KEYS_KEPT_THROUGH_AN_OUTAGE.toMillis())
                    .build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jwk-set-uri is not a URL: "
                    + jwt.getJwkSetUri(), e);
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        List<String> audiences = jwt.getAudiences();
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>(List.of(
                JwtValidators.createDefaultWithIssuer(jwt.getIssuerUri()),
                new JwtClaimValidator<List<String>>("aud", aud -> audiences.isEmpty()
                        || (aud != null && aud.stream().anyMatch(audiences::contains)))));
        moreChecks.orderedStream().forEach(checks::add); // revoked tokens among them
        return new VerifiedTokens(decoder, new DelegatingOAuth2TokenValidator<>(checks));
    }
}
