package uk.socialvalue.notification.links;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.socialvalue.support.links.LinkOpener;
import uk.socialvalue.support.links.SealedLinks;

/** Opens links with this service's private link key. */
@Configuration(proxyBeanMethods = false)
class LinkKeyConfiguration {

    @Bean
    LinkOpener linkOpener(LinkKeyProperties properties) {
        return SealedLinks.openerFor(SealedLinks.readPrivateKey(properties.linkOpeningKeyFile()));
    }
}
