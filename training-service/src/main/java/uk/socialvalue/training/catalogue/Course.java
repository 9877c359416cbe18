package uk.socialvalue.training.catalogue;

import java.util.Objects;

import uk.socialvalue.support.domain.Aggregate;
import uk.socialvalue.support.domain.InvalidField;

/**
 * A course in the catalogue. Retiring it keeps it, and its sessions, on record.
 *
 * @param id       its id
 * @param details  what it is
 * @param status   whether it is still offered
 * @param version  the version it was loaded at, for optimistic concurrency; a new course's is 0
 */
public record Course(String id, CourseDetails details, CourseStatus status, long version) implements Aggregate {

    /** What a course is called in messages to people. */
    public static final String NAME = "Course";

    public Course {
        Objects.requireNonNull(id);
        Objects.requireNonNull(details);
        Objects.requireNonNull(status);
    }

    /** A new course, on offer. */
    static Course offer(String id, CourseDetails details) {
        return new Course(id, details, CourseStatus.ACTIVE, 0);
    }

    public boolean isActive() {
        return status == CourseStatus.ACTIVE;
    }

    Course retired() {
        return new Course(id, details, CourseStatus.RETIRED, version);
    }

    Course edited(CourseDetails newDetails) {
        if (!newDetails.code().equals(details.code())) {
            throw new InvalidField("code", "cannot change once a course exists");
        }
        return new Course(id, newDetails, status, version);
    }
}
