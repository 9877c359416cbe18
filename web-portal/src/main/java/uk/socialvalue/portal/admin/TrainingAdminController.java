package uk.socialvalue.portal.admin;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.TrainingApi;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;

/**
 * The course calendar: courses (add, retire), sessions (schedule, cancel with a reason), a session's bookings and
 * waiting list, and attendance once it has started.
 */
@Controller
class TrainingAdminController {

    private static final FormFields COURSE = FormFields.create()
            .field("code", "Code")
            .field("title", "Title")
            .field("summary", "Summary")
            .field("audience", "Who it is for")
            .field("durationHours", "Length in hours")
            .field("cpdHours", "CPD hours");

    private static final FormFields SESSION = FormFields.create()
            .field("courseId", "Course")
            .field("startsAt", "day", "The date")
            .field("endsAt", "endTime", "The end time")
            .field("format", "Format")
            .field("venue", "Venue")
            .field("onlineUrl", "Joining link")
            .field("capacity", "Places")
            .field("memberPrice", "Member price")
            .field("nonMemberPrice", "Non-member price")
            .field("bookingCutOff", "day", "Booking cut-off");

    private final TrainingApi training;
    private final Clock clock;

    TrainingAdminController(TrainingApi training, Clock clock) {
        this.training = training;
        this.clock = clock;
    }

    @GetMapping("/admin/courses")
    String courses(Model model) {
        model.addAttribute("courses", training.courses(true));
        model.addAttribute("sessions", training.sessions(null));
        return "admin/courses";
    }

    @GetMapping("/admin/courses/new")
    String newCourse(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CourseForm());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "admin/course-form";
    }

    @PostMapping("/admin/courses")
    String addCourse(@ModelAttribute CourseForm form, RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/admin/courses/new", form, COURSE, () -> {
            TrainingApi.Course course = training.addCourse(form.toDetails());
            redirect.addFlashAttribute("notice", "The course " + course.title() + " has been added.");
            return "redirect:/admin/courses";
        });
    }

    @PostMapping("/admin/courses/{courseId}/retirement")
    String retire(@PathVariable String courseId, RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/admin/courses", null, COURSE, () -> {
            TrainingApi.Course course = training.retireCourse(courseId);
            redirect.addFlashAttribute("notice", course.title() + " is retired: it is no longer offered. Sessions "
                    + "already scheduled still run.");
            return "redirect:/admin/courses";
        });
    }

    @GetMapping("/admin/sessions/new")
    String newSession(@RequestParam(defaultValue = "") String courseId, Model model) {
        if (!model.containsAttribute("form")) {
            SessionForm form = new SessionForm();
            form.setCourseId(courseId);
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("courses", training.courses(false));
        return "admin/session-form";
    }

    @PostMapping("/admin/sessions")
    String schedule(@ModelAttribute SessionForm form, RedirectAttributes redirect) {
        ScheduleForm.When when = form.when();
        if (when.errors().any()) {
            return FormSubmission.invalid(redirect, "/admin/sessions/new", form, when.errors());
        }
        return FormSubmission.submit(redirect, "/admin/sessions/new", form, SESSION, () -> {
            TrainingApi.Session session = training.schedule(form.toSession(when.startsAt(), when.endsAt()));
            redirect.addFlashAttribute("notice", "The session has been scheduled and is open for booking.");
            return "redirect:/admin/sessions/" + session.id();
        });
    }

    @GetMapping("/admin/sessions/{sessionId}")
    String session(@PathVariable String sessionId, Model model) {
        TrainingApi.Session session = training.session(sessionId);
        model.addAttribute("trainingSession", session);
        List<TrainingApi.Booking> bookings = training.bookingsOn(sessionId);
        model.addAttribute("confirmed", bookings.stream().filter(TrainingApi.Booking::isConfirmed).toList());
        model.addAttribute("waiting", bookings.stream().filter(TrainingApi.Booking::isWaitlisted)
                .sorted(Comparator.comparing(TrainingApi.Booking::waitlistPosition)).toList());
        model.addAttribute("cancelled", bookings.stream().filter(TrainingApi.Booking::isCancelled).toList());
        boolean started = !session.startsAt().isAfter(clock.instant());
        model.addAttribute("started", started);
        model.addAttribute("attendance", started && !session.isCancelled() ? training.attendance(sessionId) : List.of());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "admin/session";
    }

    @GetMapping("/admin/sessions/{sessionId}/cancel")
    String confirmCancel(@PathVariable String sessionId, Model model) {
        model.addAttribute("trainingSession", training.session(sessionId));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "admin/session-cancel";
    }

    @PostMapping("/admin/sessions/{sessionId}/cancel")
    String cancel(@PathVariable String sessionId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        String page = "/admin/sessions/" + sessionId + "/cancel";
        if (reason.isBlank()) {
            return FormSubmission.invalid(redirect, page, null,
                    FormErrors.of("reason", "Enter the reason, which is emailed to everyone booked"));
        }
        return FormSubmission.submit(redirect, page, null, FormFields.create().field("reason", "Reason"), () -> {
            training.cancelSession(sessionId, reason.strip());
            redirect.addFlashAttribute("notice", "The session is cancelled. Everyone booked on it has been emailed.");
            return "redirect:/admin/sessions/" + sessionId;
        });
    }

    /** Every confirmed attendee is marked: present if ticked, absent if not. */
    @PostMapping("/admin/sessions/{sessionId}/attendance")
    String recordAttendance(@PathVariable String sessionId,
            @RequestParam(name = "attendee", defaultValue = "") List<String> attendees,
            @RequestParam(name = "attended", defaultValue = "") List<String> attended, RedirectAttributes redirect) {
        Set<String> present = new HashSet<>(attended);
        List<TrainingApi.Mark> marks = attendees.stream().filter(email -> !email.isBlank())
                .map(email -> new TrainingApi.Mark(email, present.contains(email))).toList();
        String page = "/admin/sessions/" + sessionId;
        if (marks.isEmpty()) {
            return FormSubmission.invalid(redirect, page, null, FormErrors.problem("There is no one to mark."));
        }
        return FormSubmission.submit(redirect, page, null, FormFields.create(), () -> {
            training.recordAttendance(sessionId, marks);
            redirect.addFlashAttribute("notice", "Attendance has been recorded. Attendees are emailed their CPD hours.");
            return "redirect:" + page;
        });
    }
}
