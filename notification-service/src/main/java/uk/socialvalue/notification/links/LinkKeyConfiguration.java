package uk.socialvalue.notification.links;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.socialvalue.support.links.LinkOpener;
import uk.socialvalue.support.links.SealedLinks;

/** Opens links with this service's private link key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkKeyProperties.class)
class LinkKeyConfiguration {

    @Bean
    LinkOpener linkOpener(LinkKeyProperties properties) {
        return SealedLinks.openerFor(SealedLinks.readPrivateKey(properties.linkOpeningKeyFile()));
    }
}
