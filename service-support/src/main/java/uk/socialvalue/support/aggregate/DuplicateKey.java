package uk.socialvalue.support.aggregate;

/**
 * An insert broke a unique index: another aggregate holds the id or the unique value already. Repositories
 * turn it into what it means for them, such as "this email address belongs to someone".
 */
public class DuplicateKey extends RuntimeException {

    DuplicateKey(String message, Throwable cause) {
        super(message, cause);
    }
}
