package uk.socialvalue.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The delivery log: every email the service was asked to send, kept until it is sent and after.
 * <p>
 * Several instances of the service may share it. A dispatcher claims one due entry at a time for a lease;
 * while the lease lasts no other dispatcher takes it, and if the dispatcher dies the entry becomes due again
 * when the lease runs out.
 */
public interface Notifications {

    /**
     * Records a new email. An entry with the same id (the same event and recipient) means the event was
     * already handled.
     *
     * @return whether it was new
     */
    boolean record(Notification notification);

    /** Claims the pending entry that has been due longest, for {@code lease}, or empty when none is due. */
    Optional<Notification> claimNextDue(Instant now, Duration lease, String claimant);

    /** Stores the outcome of an attempt on a claimed entry and releases the claim. */
    void complete(Notification outcome, String claimant);

    Optional<Notification> byId(String id);

    /**
     * Replaces {@code current} with {@code next} unless the entry changed in between (another dispatcher or
     * admin got there first).
     *
     * @return whether it was replaced
     */
    boolean replace(Notification current, Notification next);

    NotificationPage search(NotificationQuery query);

    /** Every email sent or to be sent to the address, newest first. */
    java.util.List<Notification> toRecipient(String address);

    /**
     * Removes the personal data of the emails to the address: the address, the name and the template values
     * go; what was sent, when and how it went stay. Running it again changes nothing.
     *
     * @return how many entries it changed
     */
    long eraseRecipient(String address);
}
