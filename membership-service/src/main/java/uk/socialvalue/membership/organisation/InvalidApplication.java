package uk.socialvalue.membership.organisation;

/** An application that names something that does not exist or does not fit, in one field. */
public class InvalidApplication extends RuntimeException {

    private final String field;

    public InvalidApplication(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
