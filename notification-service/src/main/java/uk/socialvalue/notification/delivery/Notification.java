package uk.socialvalue.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import uk.socialvalue.notification.email.EmailKind;
import uk.socialvalue.notification.links.SealedLinkFields;
import uk.socialvalue.support.domain.Aggregate;

/**
 * One email in the delivery log: what to send to whom, and how its delivery went. Immutable; each step of
 * its life returns the next state.
 *
 * @param id             derived from the event id and the recipient, so an event delivered twice maps to the
 *                       same entry
 * @param nextAttemptAt  when a dispatcher may try it next, while it is {@link NotificationStatus#PENDING}
 * @param resends        how often staff asked for it to go again ({@link #resent}): each time it is a new message
 *                       to the recipient's mail system, while every attempt at one send is the same message
 */
public record Notification(String id, String eventId, String eventType, EmailKind kind, String recipient,
        String recipientName, Map<String, String> model, String subject, NotificationStatus status, int attempts,
        String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt, int resends)
        implements Aggregate {

    /** The recipient of an email once its recipient was erased: an address that can receive nothing. */
    public static final String ERASED_RECIPIENT = "erased@erased.invalid";

    /** What an entry of the log is called in messages to people. */
    public static final String NAME = "Notification";

    private static final int MAX_ERROR_LENGTH = 500;

    public Notification {
        model = Map.copyOf(model);
    }

    /** A new entry for the request, due now. */
    public static Notification requested(NotificationRequest request, Instant now) {
        String recipient = normalise(request.recipient());
        return new Notification(idFor(request.eventId(), recipient), request.eventId(), request.eventType(),
                request.kind(), recipient, request.recipientName(), request.model(),
                request.kind().subject(request.model()), NotificationStatus.PENDING, 0, null, now, now, null, 0);
    }

    /**
     * The id of the email an event causes for a recipient: a name-based UUID of both, the same however
     * often the event arrives.
     */
    public static String idFor(String eventId, String recipient) {
        byte[] name = (eventId + "\n" + normalise(recipient)).getBytes(StandardCharsets.UTF_8);
        return UUID.nameUUIDFromBytes(name).toString();
    }

    /** Addresses are compared without case: the domain part is case-insensitive and people do not mean it. */
    public static String normalise(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    /** The SMTP server accepted it: the log keeps no link it carried (a set-password or RSVP link). */
    public Notification sent(Instant now) {
        return new Notification(id, eventId, eventType, kind, recipient, recipientName,
                SealedLinkFields.withoutLinks(model), subject,
                NotificationStatus.SENT, attempts + 1, lastError, createdAt, null, now, resends);
    }

    /** An attempt failed; it waits for the next one, or is {@code FAILED} when that was the last. */
    public Notification failed(String error, Instant now, RetrySchedule schedule) {
        int made = attempts + 1;
        Instant next = schedule.nextAttempt(made, now).orElse(null);
        return new Notification(id, eventId, eventType, kind, recipient, recipientName, model, subject,
                next == null ? NotificationStatus.FAILED : NotificationStatus.PENDING, made, shorten(error),
                createdAt, next, null, resends);
    }

    /**
     * The SMTP server could not be reached: nothing is wrong with the email, so no attempt is used up. It waits,
     * {@code PENDING}, until {@code retryAt}; an outage of any length delays it and never fails it.
     */
    public Notification deferred(String error, Instant retryAt) {
        return new Notification(id, eventId, eventType, kind, recipient, recipientName, model, subject,
                NotificationStatus.PENDING, attempts, shorten(error), createdAt, retryAt, null, resends);
    }

    /** Whether nothing is left to do for it: sent, failed for good, or suppressed. */
    public boolean isSettled() {
        return status != NotificationStatus.PENDING;
    }

    /** It can never be delivered as it stands (a malformed address, say): no more attempts. */
    public Notification failedForGood(String error) {
        return new Notification(id, eventId, eventType, kind, recipient, recipientName, model, subject,
                NotificationStatus.FAILED, attempts + 1, shorten(error), createdAt, null, null, resends);
    }

    /** The recipient opted out of its category. */
    public Notification suppressed() {
        return new Notification(id, eventId, eventType, kind, recipient, recipientName, model, subject,
                NotificationStatus.SUPPRESSED, attempts, lastError, createdAt, null, null, resends);
    }

    /** Whether {@link #resent} would accept it. */
    public boolean canBeResent() {
        return status != NotificationStatus.SUPPRESSED
                && !(status == NotificationStatus.SENT && SealedLinkFields.linksDropped(model, kind.carriesLinks()));
    }

    /**
     * An admin asked for it to go (again) now, with a fresh set of attempts.
     *
     * @throws IllegalStateException when the recipient unsubscribed from it, which a resend must not override, or
     *         when it was sent with a single-use link the log no longer holds
     */
    public Notification resent(Instant now) {
        if (status == NotificationStatus.SUPPRESSED) {
            throw new IllegalStateException("The recipient unsubscribed from " + kind.category().label());
        }
        if (!canBeResent()) {
            throw new IllegalStateException("This email carried a single-use link, which is not kept once sent: "
                    + "the person can ask for a new one (\"Forgotten your password?\"), or be invited again");
        }
        return new Notification(id, eventId, eventType, kind, recipient, recipientName, model, subject,
                NotificationStatus.PENDING, 0, lastError, createdAt, now, sentAt, resends + 1);
    }

    private static String shorten(String error) {
        if (error == null || error.length() <= MAX_ERROR_LENGTH) {
            return error;
        }
        return error.substring(0, MAX_ERROR_LENGTH);
    }
}
