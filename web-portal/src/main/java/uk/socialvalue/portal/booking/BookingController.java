package uk.socialvalue.portal.booking;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.socialvalue.contracts.Slug;

import uk.socialvalue.portal.api.ServiceProblem;
import uk.socialvalue.portal.api.TrainingApi;
import uk.socialvalue.portal.pages.FormErrors;
import uk.socialvalue.portal.pages.FormFields;
import uk.socialvalue.portal.pages.FormSubmission;
import uk.socialvalue.portal.pages.Paged;
import uk.socialvalue.portal.signin.SignedInUser;

/**
 * Booking a session: the attendees and purchase order, then the price training-service quotes for them before
 * the booker confirms, then the outcome, {@code Confirmed} or {@code Waiting list}. The form's button goes to the
 * check page; {@code POST /sessions/{id}/book} books, so a script can post the contract's fields to it directly.
 * training-service prices the booking and decides whether it fits: the portal only shows its answers. Afterwards,
 * the booking's attendees are substituted until the cut-off, and its invoice, credit note and attendees'
 * certificates are downloaded as training-service renders them.
 */
@Controller
class BookingController {

    private static final String DRAFT = "booking.draft.";
    private static final int BOOKINGS_PAGE = 20;

    static final FormFields FIELDS = FormFields.create()
            .field("attendees", "attendees[0].name", "Attendees")
            .field("attendees[].name", "attendees[].name", "Name of attendee {n}")
            .field("attendees[].email", "attendees[].email", "Email address of attendee {n}")
            .field("purchaseOrder", "purchaseOrder", "Purchase order number");

    private final TrainingApi training;
    private final Clock clock;

    BookingController(TrainingApi training, Clock clock) {
        this.training = training;
        this.clock = clock;
    }

    @GetMapping("/sessions/{sessionId}/book")
    String form(@PathVariable String sessionId, Model model, HttpSession session) {
        TrainingApi.Session trainingSession = training.session(sessionId);
        model.addAttribute("trainingSession", trainingSession);
        model.addAttribute("perPlace", training.quote(sessionId, 1));
        if (!model.containsAttribute("form")) {
            Object draft = session.getAttribute(DRAFT + sessionId);
            model.addAttribute("form", draft instanceof BookingForm form ? form : new BookingForm());
        }
        FormSubmission.showErrors(model);
        return "booking/book";
    }

    @PostMapping("/sessions/{sessionId}/book/check")
    String check(@PathVariable String sessionId, @ModelAttribute BookingForm form,
            @RequestParam(defaultValue = "") String action, HttpSession session, RedirectAttributes redirect) {
        String formPage = "/sessions/" + sessionId + "/book";
        if (action.equals("add-attendee")) {
            form.addRow();
            redirect.addFlashAttribute("form", form);
            return "redirect:" + formPage + "#attendee-" + form.getAttendees().size();
        }
        BookingForm compact = form.compacted();
        FormErrors missing = compact.missing();
        if (missing.any()) {
            return FormSubmission.invalid(redirect, formPage, compact, missing);
        }
        session.setAttribute(DRAFT + sessionId, compact);
        return "redirect:" + formPage + "/check";
    }

    @GetMapping("/sessions/{sessionId}/book/check")
    String answers(@PathVariable String sessionId, HttpSession session, Model model) {
        if (!(session.getAttribute(DRAFT + sessionId) instanceof BookingForm form)) {
            return "redirect:/sessions/" + sessionId + "/book";
        }
        model.addAttribute("form", form);
        model.addAttribute("trainingSession", training.session(sessionId));
        model.addAttribute("price", training.quote(sessionId, form.filled().size()));
        return "booking/check";
    }

    @PostMapping("/sessions/{sessionId}/book")
    String book(@PathVariable String sessionId, @ModelAttribute BookingForm form, HttpSession session,
            RedirectAttributes redirect) {
        BookingForm compact = form.compacted();
        return FormSubmission.submit(redirect, "/sessions/" + sessionId + "/book", compact, FIELDS, () -> {
            TrainingApi.Booking booking = training.book(sessionId, compact.toBooking());
            session.removeAttribute(DRAFT + sessionId);
            return "redirect:/bookings/" + booking.id() + "/confirmation";
        });
    }

    @GetMapping("/bookings/{bookingId}/confirmation")
    String confirmation(@PathVariable String bookingId, Model model) {
        model.addAttribute("booking", ownBooking(bookingId));
        return "booking/confirmation";
    }

    /** A page of the organisation's bookings, newest first; "Next" while a page comes back full. */
    @GetMapping("/bookings")
    String bookings(@RequestParam(defaultValue = "0") int page, Model model) {
        SignedInUser user = SignedInUser.current();
        model.addAttribute("bookings", Paged.of(page, BOOKINGS_PAGE,
                (current, size) -> training.bookingsOf(user.organisationId(), current, size)));
        return "booking/bookings";
    }

    @GetMapping("/bookings/{bookingId}")
    String booking(@PathVariable String bookingId, Model model) {
        TrainingApi.Booking booking = ownBooking(bookingId);
        model.addAttribute("booking", booking);
        model.addAttribute("certificates", booking.attendees().stream()
                .filter(attendee -> Boolean.TRUE.equals(attendee.attended())).toList());
        addCutOff(booking, model);
        return "booking/booking";
    }

    /**
     * Attendees are substituted seat for seat until the session's booking cut-off: the form shows the booking's
     * attendees to be changed, or after the cut-off why they cannot be (training-service refuses it too).
     */
    @GetMapping("/bookings/{bookingId}/attendees")
    String attendeesForm(@PathVariable String bookingId, Model model) {
        TrainingApi.Booking booking = ownBooking(bookingId);
        if (booking.isCancelled()) {
            return "redirect:/bookings/" + bookingId;
        }
        model.addAttribute("booking", booking);
        addCutOff(booking, model);
        FormSubmission.showForm(model, () -> BookingForm.of(booking.attendees()));
        return "booking/attendees";
    }

    @PostMapping("/bookings/{bookingId}/attendees")
    String substitute(@PathVariable String bookingId, @ModelAttribute BookingForm form, RedirectAttributes redirect) {
        String formPage = "/bookings/" + bookingId + "/attendees";
        BookingForm compact = form.compacted();
        FormErrors missing = compact.missing();
        if (missing.any()) {
            return FormSubmission.invalid(redirect, formPage, compact, missing);
        }
        return FormSubmission.submit(redirect, formPage, compact, FIELDS, () -> {
            training.substitute(bookingId, compact.toAttendees());
            redirect.addFlashAttribute("notice", "The attendees have been changed. Anyone who left has been told "
                    + "their place is cancelled; anyone new has been sent the joining details.");
            return "redirect:/bookings/" + bookingId;
        });
    }

    @GetMapping("/bookings/{bookingId}/invoice.pdf")
    ResponseEntity<byte[]> invoice(@PathVariable String bookingId) {
        ownBooking(bookingId);
        return PdfDownload.of(training.invoicePdf(bookingId), "svuk-invoice-" + bookingId + ".pdf");
    }

    @GetMapping("/bookings/{bookingId}/credit-note.pdf")
    ResponseEntity<byte[]> creditNote(@PathVariable String bookingId) {
        ownBooking(bookingId);
        return PdfDownload.of(training.creditNotePdf(bookingId), "svuk-credit-note-" + bookingId + ".pdf");
    }

    /** The certificate of one attendee who attended, named after them. */
    @GetMapping("/bookings/{bookingId}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable String bookingId, @RequestParam String email) {
        TrainingApi.BookingAttendee attendee = ownBooking(bookingId).attendees().stream()
                .filter(candidate -> candidate.email().equalsIgnoreCase(email.strip())
                        && Boolean.TRUE.equals(candidate.attended()))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return PdfDownload.of(training.certificatePdf(bookingId, attendee.email()),
                "svuk-certificate-" + Slug.of(attendee.name()) + ".pdf");
    }

    /**
     * When attendees can be changed until, whether that is still ahead, and whether the booking has a credit
     * note: training-service issues one for a booking that held places and was cancelled before the cut-off or
     * with its session.
     */
    private void addCutOff(TrainingApi.Booking booking, Model model) {
        TrainingApi.Session session = training.session(booking.sessionId());
        Instant cutOff = session.bookingCutOff();
        model.addAttribute("cutOff", cutOff);
        model.addAttribute("changeable", !booking.isCancelled() && cutOff != null && clock.instant().isBefore(cutOff));
        model.addAttribute("creditNote", booking.isCancelled() && booking.confirmedAt() != null
                && (session.isCancelled() || (cutOff != null && booking.cancelledAt().isBefore(cutOff))));
    }

    @GetMapping("/bookings/{bookingId}/cancel")
    String confirmCancel(@PathVariable String bookingId, Model model) {
        TrainingApi.Booking booking = ownBooking(bookingId);
        if (booking.isCancelled()) {
            return "redirect:/bookings/" + bookingId;
        }
        model.addAttribute("booking", booking);
        FormSubmission.showErrors(model);
        return "booking/cancel";
    }

    @PostMapping("/bookings/{bookingId}/cancel")
    String cancel(@PathVariable String bookingId, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return FormSubmission.submit(redirect, "/bookings/" + bookingId + "/cancel", null,
                FormFields.create().field("reason", "Reason"), () -> {
                    TrainingApi.Booking cancelled = training.cancelBooking(bookingId, reason.strip());
                    redirect.addFlashAttribute("notice", "Your booking for " + cancelled.session().courseTitle()
                            + " has been cancelled.");
                    return "redirect:/bookings";
                });
    }

    /**
     * A booking of the contact's own organisation. training-service answers 404 for anyone else's, so that no
     * one learns which bookings exist; the portal shows its "you cannot see this page" page.
     */
    private TrainingApi.Booking ownBooking(String bookingId) {
        try {
            return training.booking(bookingId);
        } catch (ServiceProblem e) {
            if (e.isNotFound()) {
                throw new AccessDeniedException("Not a booking of the contact's organisation");
            }
            throw e;
        }
    }
}
