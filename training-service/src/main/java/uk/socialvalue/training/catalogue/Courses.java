package uk.socialvalue.training.catalogue;

import java.util.List;

import uk.socialvalue.support.domain.Aggregates;

/** Every course SVUK has offered. */
public interface Courses extends Aggregates<Course> {

    /**
     * Stores a new course.
     *
     * @throws CodeTaken when another course has its code
     */
    @Override
    void add(Course course);

    /**
     * Stores the course unless one with its code exists already; safe to call from several instances at once.
     *
     * @return whether it was added
     */
    boolean addIfAbsent(Course course);


    /** Every course, active ones only unless asked, ordered by title. */
    List<Course> all(boolean includeRetired);

    /** Another course already has the code. */
    class CodeTaken extends RuntimeException {

        public CodeTaken(String code) {
            super("A course with code " + code + " exists already");
        }
    }
}
