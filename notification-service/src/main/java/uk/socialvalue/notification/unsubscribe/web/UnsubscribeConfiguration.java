package uk.socialvalue.notification.unsubscribe.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.socialvalue.notification.unsubscribe.UnsubscribeLinks;
import uk.socialvalue.notification.unsubscribe.UnsubscribeTokens;

/** The token signer and the link maker, from {@link UnsubscribeProperties}. */
@Configuration(proxyBeanMethods = false)
class UnsubscribeConfiguration {

    @Bean
    UnsubscribeTokens unsubscribeTokens(UnsubscribeProperties properties) {
        return new UnsubscribeTokens(properties.unsubscribeSecret());
    }

    @Bean
    UnsubscribeLinks unsubscribeLinks(UnsubscribeProperties properties, UnsubscribeTokens tokens) {
        return new UnsubscribeLinks(properties.publicBaseUrl(), tokens);
    }
}
