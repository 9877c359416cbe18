package uk.socialvalue.notification.unsubscribe.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How unsubscribe links are made.
 *
 * @param unsubscribeSecret  the key that signs unsubscribe tokens; whoever knows it can unsubscribe anyone,
 *                           so outside the local stack it comes from the environment
 *                           ({@code SVUK_NOTIFICATIONS_UNSUBSCRIBE_SECRET})
 * @param publicBaseUrl      where people reach this service from outside, https in production
 */
@ConfigurationProperties("svuk.notifications")
record UnsubscribeProperties(String unsubscribeSecret, URI publicBaseUrl) {

    UnsubscribeProperties {
        if (unsubscribeSecret == null || unsubscribeSecret.isBlank()) {
            throw new IllegalStateException("svuk.notifications.unsubscribe-secret is empty: set it (for example "
                    + "through SVUK_NOTIFICATIONS_UNSUBSCRIBE_SECRET) to a long random value");
        }
        if (publicBaseUrl == null) {
            throw new IllegalStateException("svuk.notifications.public-base-url is missing: set it to the https "
                    + "address people reach this service at");
        }
    }
}
