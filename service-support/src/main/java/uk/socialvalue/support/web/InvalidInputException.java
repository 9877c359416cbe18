package uk.socialvalue.support.web;

/** Input that is well-formed but not acceptable, about one named field: answered with a 400. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
