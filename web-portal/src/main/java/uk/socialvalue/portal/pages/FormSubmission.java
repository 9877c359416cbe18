package uk.socialvalue.portal.pages;

import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.portal.api.ServiceProblem;

/**
 * Post-redirect-get for a form that a service checks: on success, the page the action chooses; when the service
 * refuses the input (400) or the request (409), back to the form, with what the person typed and an error
 * summary, through the session's flash attributes. Anything else is for {@link ErrorPages}.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /**
     * @param formPage  where the form is, to go back to
     * @param form      what was typed, shown again (never pass a form holding a password)
     */
    public static String submit(RedirectAttributes redirect, String formPage, Object form, FormFields fields,
            Supplier<String> action) {
        try {
            return action.get();
        } catch (ServiceProblem refusal) {
            if (!refusal.isInvalidInput() && !refusal.isConflict()) {
                throw refusal;
            }
            if (form != null) {
                redirect.addFlashAttribute("form", form);
            }
            redirect.addFlashAttribute("errors", FormErrors.from(refusal, fields));
            return "redirect:" + formPage;
        }
    }

    /** Back to the form with errors found before anything was sent. */
    public static String invalid(RedirectAttributes redirect, String formPage, Object form, FormErrors errors) {
        if (form != null) {
            redirect.addFlashAttribute("form", form);
        }
        redirect.addFlashAttribute("errors", errors);
        return "redirect:" + formPage;
    }

    /**
     * A form page as first shown, with the form {@code blank} gives and no errors, unless a refused submission
     * brought both back.
     */
    public static void showForm(Model model, Supplier<?> blank) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", blank.get());
        }
        showErrors(model);
    }

    /** No errors on the page, unless a refused submission brought them back. */
    public static void showErrors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
    }
}
