package uk.socialvalue.notification.delivery;

/** Where an email stands in the delivery log. */
public enum NotificationStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed, or the address can never work; an admin can resend it. */
    FAILED,
    /** Not sent because the recipient unsubscribed from its category. */
    SUPPRESSED
}
