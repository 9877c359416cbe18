package uk.socialvalue.training.catalogue;

/** No course has the id. */
public class NoSuchCourse extends RuntimeException {

    public NoSuchCourse(String id) {
        super("No course " + id);
    }
}
