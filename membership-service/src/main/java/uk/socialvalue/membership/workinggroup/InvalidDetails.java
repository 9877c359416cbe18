package uk.socialvalue.membership.workinggroup;

/** A working group or meeting was described with a field that cannot be accepted. */
public class InvalidDetails extends RuntimeException {

    private final String field;

    InvalidDetails(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code onlineUrl}. */
    public String field() {
        return field;
    }
}
