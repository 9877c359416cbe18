package uk.socialvalue.notification.delivery;

import java.time.Duration;
import java.util.List;

/**
 * Where freshly recorded emails go to be sent straight away, so that an email leaves with the event that
 * caused it rather than at the next look at the store.
 */
public interface Outbound {

    /**
     * Takes the emails to send soon; they were recorded as held by {@link #claimant()}. Those it cannot take
     * (its queue is full) it releases for any instance to pick up.
     */
    void sendSoon(List<Notification> notifications);

    /** Who holds the emails this instance sends. */
    String claimant();

    /** How long a fresh email is held by {@link #claimant()} before another instance may take it. */
    Duration lease();
}
