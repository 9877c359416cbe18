package uk.socialvalue.training.catalogue.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.socialvalue.training.catalogue.Catalogue;
import uk.socialvalue.training.catalogue.Course;
import uk.socialvalue.training.catalogue.CourseDetails;
import uk.socialvalue.training.catalogue.CourseStatus;
import uk.socialvalue.support.security.CurrentUser;

/** The course catalogue: anyone reads it, SVUK admins keep it. */
@RestController
@Tag(name = "Courses")
class CoursesController {

    private final Catalogue catalogue;

    CoursesController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    record CourseRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String summary, @Size(max = 500) String audience,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 4, fraction = 2) BigDecimal durationHours,
            @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal cpdHours) {

        CourseDetails details() {
            return new CourseDetails(code, title, summary, audience, durationHours, cpdHours);
        }
    }

    record CourseView(String id, String code, String title, String summary, String audience,
            BigDecimal durationHours, BigDecimal cpdHours, CourseStatus status) {

        static CourseView of(Course course) {
            CourseDetails details = course.details();
            return new CourseView(course.id(), details.code(), details.title(), details.summary(), details.audience(),
                    details.durationHours(), details.cpdHours(), course.status());
        }
    }

    @GetMapping("/api/courses")
    @Operation(summary = "The courses on offer (public); admins may include retired ones")
    List<CourseView> courses(@RequestParam(defaultValue = "false") boolean includeRetired,
            Authentication authentication) {
        boolean admin = authentication instanceof JwtAuthenticationToken && CurrentUser.of(authentication).isAdmin();
        return catalogue.courses(includeRetired && admin).stream().map(CourseView::of).toList();
    }

    @GetMapping("/api/courses/{id}")
    @Operation(summary = "One course (public)")
    CourseView course(@PathVariable String id) {
        return CourseView.of(catalogue.course(id));
    }

    @PostMapping("/api/courses")
    @Operation(summary = "Add a course (admin)")
    ResponseEntity<CourseView> add(@Valid @RequestBody CourseRequest request) {
        Course course = catalogue.add(request.details());
        return ResponseEntity.created(URI.create("/api/courses/" + course.id())).body(CourseView.of(course));
    }

    @PutMapping("/api/courses/{id}")
    @Operation(summary = "Edit a course's details (admin); its code stays")
    CourseView edit(@PathVariable String id, @Valid @RequestBody CourseRequest request) {
        return CourseView.of(catalogue.edit(id, request.details()));
    }

    @PostMapping("/api/courses/{id}/retirement")
    @Operation(summary = "Retire a course (admin): no new sessions; scheduled ones still run")
    CourseView retire(@PathVariable String id) {
        return CourseView.of(catalogue.retire(id));
    }
}
