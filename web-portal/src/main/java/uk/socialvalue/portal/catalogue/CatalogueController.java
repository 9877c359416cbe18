package uk.socialvalue.portal.catalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.socialvalue.portal.api.TrainingApi;

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

    @GetMapping("/courses")
    String courses(Model model) {
        Map<String, List<TrainingApi.Session>> sessionsByCourse = training.sessions(null).stream()
                .collect(Collectors.groupingBy(TrainingApi.Session::courseId));
        model.addAttribute("courses", training.courses(false).stream()
                .map(course -> new CourseWithSessions(course, sessionsByCourse.getOrDefault(course.id(), List.of())))
                .toList());
        return "catalogue/courses";
    }

    @GetMapping("/courses/{courseId}")
    String course(@PathVariable String courseId, Model model) {
        model.addAttribute("course", training.course(courseId));
        model.addAttribute("sessions", training.sessions(courseId));
        return "catalogue/course";
    }
}
