package uk.socialvalue.training.catalogue;

/** Whether a course can still be scheduled. */
public enum CourseStatus {
    /** Listed, and new sessions can be scheduled. */
    ACTIVE,
    /** No longer offered: hidden from the public list; sessions already scheduled still run. */
    RETIRED
}
