package uk.socialvalue.support.domain;

/**
 * Seals an emailed link that carries a secret (a set-password or RSVP link) for notification-service alone,
 * before it goes into an event: whoever reads the outbox, a topic, a dead-letter record or a log sees only the
 * sealed form, which only notification-service's private key opens.
 */
@FunctionalInterface
public interface LinkSealer {

    /** The link, sealed. */
    String seal(String link);
}
