package uk.socialvalue.membership.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where people reach membership-service from outside, for links in emails.
 *
 * @param baseUrl  e.g. {@code https://members.socialvalueuk.org}
 */
@ConfigurationProperties("svuk.links")
public record LinkProperties(String baseUrl) {
}
