package uk.socialvalue.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import uk.socialvalue.support.security.ApiSecurity;
import uk.socialvalue.support.security.Role;

/**
 * Who may call what: the unsubscribe links are public (their signed token is the credential, and mailbox
 * providers call them without a login); anyone signed in may download what is held about them; everything else,
 * the delivery log included, is for SVUK staff.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        return ApiSecurity.configure(http, json, rules -> rules
                .requestMatchers("/api/unsubscribe/**").permitAll()
                .requestMatchers("/api/account/personal-data").authenticated()
                .requestMatchers("/api/**").hasRole(Role.ADMIN.name()))
                .build();
    }
}
