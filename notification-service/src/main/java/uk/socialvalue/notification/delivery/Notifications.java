package uk.socialvalue.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The emails the service was asked to send: the <em>delivery log</em>, every email kept for reading after it
 * is sent, and the <em>outgoing</em> emails, the small set of work still to do (due now, waiting for a retry,
 * or being sent). An email is in the outgoing set from the moment it is recorded until it is settled; the log
 * is written when it is recorded and again with each outcome.
 * <p>
 * Several instances of the service may share them. An instance holds the outgoing emails it is sending for a
 * lease; while the lease lasts no other instance takes them, and if the instance dies they are due again when
 * the lease runs out. Every write on the path of an email is keyed by its id, so sending costs the same
 * whether the log holds a thousand entries or a million.
 */
public interface Notifications {

    /**
     * Records the new emails of one event, due now and held by {@code claimant} until {@code leaseUntil} (the
     * recorder sends them at once), writing them to the log, numbering them and putting them in the outgoing set
     * together (one write of each kind, not one per email). An entry with the same id (the same event and
     * recipient) means the event was already handled; if a crash cut its recording short, it is put back into the
     * outgoing set.
     *
     * @return those that were new, in the order given
     */
    List<Notification> recordAll(List<Notification> notifications, String claimant, Instant leaseUntil);

    /** Lets go of outgoing emails this claimant holds but will not send, so that any instance may. */
    void release(List<Notification> notifications, String claimant);

    /**
     * Claims up to {@code limit} outgoing emails that are due and held by no one, longest due first, for
     * {@code lease}.
     */
    List<Notification> claimDue(Instant now, Duration lease, String claimant, int limit);

    /**
     * Stores the outcome of an attempt on an email the claimant holds: a settled one leaves the outgoing set, a
     * pending one waits there, released, for its next attempt. An outcome whose claim was lost (the lease ran
     * out and another instance took the email over) is dropped: that instance records its own.
     *
     * @return the outcomes stored
     */
    List<Notification> complete(List<Notification> outcomes, String claimant);

    Optional<Notification> byId(String id);

    /**
     * Replaces {@code current} with {@code next} in the log unless the entry changed in between (another
     * dispatcher or admin got there first); a pending {@code next} goes back into the outgoing set, due at once.
     *
     * @return whether it was replaced
     */
    boolean replace(Notification current, Notification next);

    NotificationPage search(NotificationQuery query);

    /** Every email sent or to be sent to the address, newest first. */
    List<Notification> toRecipient(String address);

    /**
     * Removes the personal data of the emails to the address: the address, the name and the template values
     * go; what was sent, when and how it went stay. An email still to go out is not sent. It first remembers
     * that the address was erased at {@code erasedAt} (the latest such moment is kept), so that an email an
     * earlier event causes, recorded after this, is found by {@link #erasedAmong}. Running it again changes
     * nothing.
     *
     * @return how many entries it changed
     */
    long eraseRecipient(String address, Instant erasedAt);

    /**
     * Takes back one email recorded for a recipient erased since its event: it leaves the outgoing set unsent, and
     * its entry keeps only what {@link #eraseRecipient} leaves (marked {@code FAILED}, its personal data erased).
     * Other emails to the address, such as those of events after the erasure, are left as they are.
     */
    void forgetErased(String id);

    /**
     * Those of the addresses erased at or after {@code occurredAt}, looked up together: an email caused by an event
     * of that moment would bring back what the erasure removed. Events after the erasure (the address given again,
     * by a person who joins later) are not affected.
     */
    Set<String> erasedAmong(Collection<String> addresses, Instant occurredAt);
}
