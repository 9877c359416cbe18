package uk.socialvalue.training.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.domain.Retry;

/** The catalogue use cases: reading it, and SVUK admins adding, editing and retiring courses. */
public class Catalogue {

    /** The courses SVUK runs today, present in every new store. */
    static final List<CourseDetails> STANDARD_COURSES = List.of(
            new CourseDetails("SV-PROC", "Social Value in Procurement",
                    "How to build social value into tenders: setting outcomes, weighting, evaluating bids and "
                            + "managing delivery through the contract.",
                    "Procurement and commercial officers", new BigDecimal("6"), new BigDecimal("6")),
            new CourseDetails("SV-COMM", "Social Value in Commissioning",
                    "Putting social value at the start of the commissioning cycle: needs, outcomes, co-design "
                            + "with communities and providers, and measuring what changed.",
                    "Commissioners and service leads", new BigDecimal("6"), new BigDecimal("6")),
            new CourseDetails("SV-INTRO", "Introduction to Social Value",
                    "What social value is, the Principles of Social Value, and how organisations account for the "
                            + "value they create or destroy.",
                    "Anyone new to social value", new BigDecimal("3"), new BigDecimal("3")),
            new CourseDetails("SV-IMPACT-L1", "Social Value and Impact Management (Level 1 preparation)",
                    "The principles and practice of impact management, preparing for Social Value "
                            + "International's Level 1 practitioner accreditation.",
                    "Practitioners working towards accreditation", new BigDecimal("14"), new BigDecimal("14")));

    private final Courses courses;
    private final Retry retry;

    public Catalogue(Courses courses, Retry retry) {
        this.courses = courses;
        this.retry = retry;
    }

    /** Adds the standard courses that are missing; running it again, or on several instances, changes nothing. */
    public int seed() {
        int added = 0;
        for (CourseDetails details : STANDARD_COURSES) {
            if (courses.addIfAbsent(Course.offer(UUID.randomUUID().toString(), details))) {
                added++;
            }
        }
        return added;
    }

    public Course add(CourseDetails details) {
        var course = Course.offer(UUID.randomUUID().toString(), details);
        courses.add(course);
        return course;
    }

    /**
     * Replaces the course's details with an admin's. Not retried: if another admin changed the course since it
     * was loaded, working this out again would silently overwrite their change, so the conflict goes back.
     *
     * @throws ConcurrentUpdate when someone else changed the course at the same time
     */
    public Course edit(String id, CourseDetails details) {
        Course edited = course(id).edited(details);
        courses.save(edited);
        return edited;
    }

    /** Retires the course, whatever else changed in it meanwhile. */
    public Course retire(String id) {
        return retry.onConflict(() -> {
            Course retired = course(id).retired();
            courses.save(retired);
            return retired;
        });
    }

    public Course course(String id) {
        return courses.byId(id).orElseThrow(() -> new NotFound("No course " + id));
    }

    public List<Course> courses(boolean includeRetired) {
        return courses.all(includeRetired);
    }
}
