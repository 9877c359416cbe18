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
import uk.socialvalue.portal.pages.Paged;

/**
 * The course calendar: courses (add, retire), sessions (schedule, reschedule, cancel with a reason), a session's
 * bookings and waiting list, and attendance once it has started.
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

    private static final FormFields RESCHEDULE = FormFields.create()
            .field("startsAt", "day", "The date")
            .field("endsAt", "endTime", "The end time")
            .field("format", "Format")
            .field("venue", "Venue")
            .field("onlineUrl", "Joining link")
            .field("capacity", "Places")
            .conflictOn("confirmedSeats", "capacity");

    private final TrainingApi training;
    private final Clock clock;

    TrainingAdminController(TrainingApi training, Clock clock) {
        this.training = training;
        this.clock = clock;
    }

    @GetMapping("/admin/courses")
    String courses(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("courses", training.courses(true));
        model.addAttribute("sessions", Paged.of(page, TrainingApi.PAGE_SIZE,
                (current, size) -> training.sessions(null, current, size)));
        return "admin/courses";
    }

    @GetMapping("/admin/courses/new")
    String newCourse(Model model) {
        FormSubmission.showForm(model, () -> new CourseForm());
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
        FormSubmission.showErrors(model);
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

    /**
     * A session with a page of its bookings in arrival order (confirmed, waiting and cancelled told apart) and,
     * once it has started, the attendance of that same page of bookings, as training-service pages both alike.
     */
    @GetMapping("/admin/sessions/{sessionId}")
    String session(@PathVariable String sessionId, @RequestParam(defaultValue = "0") int page, Model model) {
        TrainingApi.Session session = training.session(sessionId);
        model.addAttribute("trainingSession", session);
        Paged<TrainingApi.Booking> bookings = Paged.of(page, TrainingApi.PAGE_SIZE,
                (current, size) -> training.bookingsOn(sessionId, current, size));
        model.addAttribute("bookings", bookings);
        model.addAttribute("confirmed", bookings.items().stream().filter(TrainingApi.Booking::isConfirmed).toList());
        model.addAttribute("waiting", bookings.items().stream().filter(TrainingApi.Booking::isWaitlisted)
                .sorted(Comparator.comparing(TrainingApi.Booking::waitlistPosition)).toList());
        model.addAttribute("cancelled", bookings.items().stream().filter(TrainingApi.Booking::isCancelled).toList());
        boolean started = !session.startsAt().isAfter(clock.instant());
        model.addAttribute("started", started);
        model.addAttribute("attendance", started && !session.isCancelled()
                ? training.attendance(sessionId, bookings.page(), TrainingApi.PAGE_SIZE) : List.of());
        FormSubmission.showErrors(model);
        return "admin/session";
    }

    @GetMapping("/admin/sessions/{sessionId}/reschedule")
    String rescheduleForm(@PathVariable String sessionId, Model model) {
        TrainingApi.Session session = training.session(sessionId);
        model.addAttribute("trainingSession", session);
        FormSubmission.showForm(model, () -> SessionPlanForm.of(session));
        return "admin/session-reschedule";
    }

    /** Changes the plan; fewer places than are confirmed is training-service's 409, shown beside "Places". */
    @PostMapping("/admin/sessions/{sessionId}/reschedule")
    String reschedule(@PathVariable String sessionId, @ModelAttribute SessionPlanForm form,
            RedirectAttributes redirect) {
        String formPage = "/admin/sessions/" + sessionId + "/reschedule";
        ScheduleForm.When when = form.when();
        if (when.errors().any()) {
            return FormSubmission.invalid(redirect, formPage, form, when.errors());
        }
        return FormSubmission.submit(redirect, formPage, form, RESCHEDULE, () -> {
            training.reschedule(sessionId, form.toChanges(when.startsAt(), when.endsAt()));
            redirect.addFlashAttribute("notice", "The session has been changed. Everyone with a confirmed place "
                    + "has been emailed what changed.");
            return "redirect:/admin/sessions/" + sessionId;
        });
    }

    @GetMapping("/admin/sessions/{sessionId}/cancel")
    String confirmCancel(@PathVariable String sessionId, Model model) {
        model.addAttribute("trainingSession", training.session(sessionId));
        FormSubmission.showErrors(model);
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
            @RequestParam(name = "attended", defaultValue = "") List<String> attended,
            @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        Set<String> present = new HashSet<>(attended);
        List<TrainingApi.Mark> marks = attendees.stream().filter(email -> !email.isBlank())
                .map(email -> new TrainingApi.Mark(email, present.contains(email))).toList();
        String sessionPage = "/admin/sessions/" + sessionId + (page > 0 ? "?page=" + page : "");
        if (marks.isEmpty()) {
            return FormSubmission.invalid(redirect, sessionPage, null, FormErrors.problem("There is no one to mark."));
        }
        return FormSubmission.submit(redirect, sessionPage, null, FormFields.create(), () -> {
            training.recordAttendance(sessionId, marks);
            redirect.addFlashAttribute("notice", "Attendance has been recorded. Attendees are emailed their CPD hours.");
            return "redirect:" + sessionPage;
        });
    }
}
