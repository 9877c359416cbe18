package uk.socialvalue.portal.catalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.socialvalue.portal.api.TrainingApi;
import uk.socialvalue.portal.pages.Paged;

/** {@code /courses} and {@code /courses/{courseId}}: what training-service offers, for anyone. */
@Controller
class CatalogueController {

    private final TrainingApi training;

    CatalogueController(TrainingApi training) {
        this.training = training;
    }

    /** A course and its upcoming sessions, soonest first. */
    record CourseWithSessions(TrainingApi.Course course, List<TrainingApi.Session> sessions) {
    }

    /**
     * Every course with its sessions among the soonest page of them; when there are more, each course links to
     * its own page, which lists all of its dates a page at a time.
     */
    @GetMapping("/courses")
    String courses(Model model) {
        Paged<TrainingApi.Session> soonest = Paged.of(0, TrainingApi.PAGE_SIZE,
                (page, size) -> training.sessions(null, page, size));
        Map<String, List<TrainingApi.Session>> sessionsByCourse = soonest.items().stream()
                .collect(Collectors.groupingBy(TrainingApi.Session::courseId));
        model.addAttribute("courses", training.courses(false).stream()
                .map(course -> new CourseWithSessions(course, sessionsByCourse.getOrDefault(course.id(), List.of())))
                .toList());
        model.addAttribute("moreDates", soonest.hasNext());
        return "catalogue/courses";
    }

    @GetMapping("/courses/{courseId}")
    String course(@PathVariable String courseId, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("course", training.course(courseId));
        model.addAttribute("sessions", Paged.of(page, TrainingApi.PAGE_SIZE,
                (current, size) -> training.sessions(courseId, current, size)));
        return "catalogue/course";
    }
}
