package uk.socialvalue.notification.links;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param linkOpeningKeyFile  this service's private link key (PEM, PKCS #8), whose public half
 *                            membership-service seals links with; from the secret store outside the local stack
 */
@ConfigurationProperties("svuk.notifications")
record LinkKeyProperties(Path linkOpeningKeyFile) {

    LinkKeyProperties {
        if (linkOpeningKeyFile == null) {
            throw new IllegalStateException("svuk.notifications.link-opening-key-file must name this service's "
                    + "private link key (PEM): set-password and RSVP links arrive sealed for it");
        }
    }
}
