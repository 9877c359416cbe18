package uk.socialvalue.notification.delivery.sending;

/** The server refused the email for good (a 5xx for its recipient): trying again cannot help. */
class UndeliverableException extends Exception {

    UndeliverableException(String message, Throwable cause) {
        super(message, cause);
    }
}
