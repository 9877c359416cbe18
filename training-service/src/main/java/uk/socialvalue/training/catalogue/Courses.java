package uk.socialvalue.training.catalogue;

import java.util.List;
import java.util.Optional;

/** Every course SVUK has offered. */
public interface Courses {

    /**
     * Stores a new course.
     *
     * @throws CodeTaken when another course has its code
     */
    void add(Course course);

    /**
     * Stores the course unless one with its code exists already; safe to call from several instances at once.
     *
     * @return whether it was added
     */
    boolean addIfAbsent(Course course);

    /**
     * Stores the course's new details and status, if nobody changed it since it was loaded.
     *
     * @throws uk.socialvalue.support.domain.ConcurrentUpdate when it changed since it was loaded
     */
    void save(Course course);

    Optional<Course> byId(String id);

    /** Every course, active ones only unless asked, ordered by title. */
    List<Course> all(boolean includeRetired);

    /** Another course already has the code. */
    class CodeTaken extends RuntimeException {

        public CodeTaken(String code) {
            super("A course with code " + code + " exists already");
        }
    }
}
