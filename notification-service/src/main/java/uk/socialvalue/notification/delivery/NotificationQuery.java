package uk.socialvalue.notification.delivery;

import uk.socialvalue.notification.email.EmailKind;

/**
 * A search of the delivery log, newest first; {@code null} criteria match everything.
 *
 * @param page  zero-based
 */
public record NotificationQuery(String recipient, NotificationStatus status, EmailKind kind, int page, int size) {
}
