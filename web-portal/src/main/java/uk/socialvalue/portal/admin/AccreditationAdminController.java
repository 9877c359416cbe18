package uk.socialvalue.portal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.TrainingApi;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;

/**
 * Accreditation tracks: the courses of each level in order and how long a completed level stays valid.
 * training-service records the levels people complete by attending, and reminds them before one expires.
 */
@Controller
class AccreditationAdminController {

    private static final FormFields TRACK = FormFields.create()
            .field("name", "Name")
            .field("courseIds", "courseIds[0]", "Courses")
            .field("courseIds[]", "courseIds[]", "The course of level {n}")
            .field("validityMonths", "Months a level stays valid");

    private final TrainingApi training;

    AccreditationAdminController(TrainingApi training) {
        this.training = training;
    }

    @GetMapping("/admin/accreditation")
    String tracks(Model model) {
        model.addAttribute("tracks", training.tracks());
        return "admin/tracks";
    }

    @GetMapping("/admin/accreditation/new")
    String newTrack(Model model) {
        FormSubmission.showForm(model, () -> new TrackForm());
        model.addAttribute("courses", training.courses(false));
        return "admin/track-form";
    }

    @PostMapping("/admin/accreditation")
    String define(@ModelAttribute TrackForm form, RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/admin/accreditation/new", form, TRACK, () -> {
            TrainingApi.Track track = training.defineTrack(form.toTrack());
            redirect.addFlashAttribute("notice", "The track " + track.name() + " has been defined. People complete "
                    + "a level when their attendance of its course is recorded.");
            return "redirect:/admin/accreditation";
        });
    }
}
