package uk.socialvalue.training.catalogue;

import java.util.Objects;

/**
 * A course in the catalogue. Retiring it keeps it, and its sessions, on record.
 *
 * @param id       its id
 * @param details  what it is
 * @param status   whether it is still offered
 */
public record Course(String id, CourseDetails details, CourseStatus status) {

    public Course {
        Objects.requireNonNull(id);
        Objects.requireNonNull(details);
        Objects.requireNonNull(status);
    }

    public boolean isActive() {
        return status == CourseStatus.ACTIVE;
    }

    Course retired() {
        return new Course(id, details, CourseStatus.RETIRED);
    }

    Course edited(CourseDetails newDetails) {
        if (!newDetails.code().equals(details.code())) {
            throw new InvalidCourse("code", "cannot change once a course exists");
        }
        return new Course(id, newDetails, status);
    }
}
