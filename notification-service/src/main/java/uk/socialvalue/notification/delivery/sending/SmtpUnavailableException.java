package uk.socialvalue.notification.delivery.sending;

/** The SMTP server could not be reached: every email of the batch waits for its next attempt. */
class SmtpUnavailableException extends Exception {

    SmtpUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
