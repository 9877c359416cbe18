package uk.socialvalue.support.domain;

/**
 * Input that is well-formed but cannot be accepted, because of one named field: answered with a 400 problem
 * detail naming the field. The message says what is wrong with it, e.g. "must be in the future".
 */
public class InvalidField extends RuntimeException {

    private final String field;

    /**
     * @param field    the request field at fault, as the caller sent it, e.g. {@code organisation.gssCode}
     * @param message  what is wrong with it
     */
    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
