package uk.socialvalue.membership.account;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people reach membership-service from outside, for links in emails, and how those links travel.
 *
 * @param baseUrl         e.g. {@code https://members.socialvalueuk.org}
 * @param sealingKeyFile  notification-service's public link key (PEM): set-password and RSVP links travel sealed
 *                        to it, so only notification-service can read them
 */
@ConfigurationProperties("svuk.links")
public record LinkProperties(String baseUrl, Path sealingKeyFile) {
}
