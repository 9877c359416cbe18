package uk.socialvalue.portal.api;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal finds the services, and how long it waits for them.
 *
 * @param membershipUrl    membership-service's base URL
 * @param trainingUrl      training-service's base URL
 * @param notificationUrl  notification-service's base URL
 * @param connectTimeout   how long to wait for a connection before showing the "service unavailable" page
 * @param readTimeout      how long to wait for an answer
 */
@ConfigurationProperties("svuk.portal.services")
public record ServiceProperties(URI membershipUrl, URI trainingUrl, URI notificationUrl,
        @DefaultValue("2s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout) {

    public ServiceProperties {
        if (membershipUrl == null || trainingUrl == null || notificationUrl == null) {
            throw new IllegalStateException("svuk.portal.services.membership-url, training-url and notification-url "
                    + "must all be set");
        }
    }
}
