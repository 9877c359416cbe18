package uk.socialvalue.training.catalogue;

/** A course field that is not acceptable; answered as a 400 naming the field. */
public class InvalidCourse extends RuntimeException {

    private final String field;

    public InvalidCourse(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
