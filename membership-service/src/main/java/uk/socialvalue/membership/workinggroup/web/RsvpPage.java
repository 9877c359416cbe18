package uk.socialvalue.membership.workinggroup.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import uk.socialvalue.contracts.UkTime;
import uk.socialvalue.contracts.workinggroup.MeetingDetails;
import uk.socialvalue.contracts.workinggroup.RsvpAnswer;
import uk.socialvalue.membership.workinggroup.InvitationRuleViolation;
import uk.socialvalue.membership.workinggroup.Inviting;
import uk.socialvalue.membership.workinggroup.MeetingInvitation;
import uk.socialvalue.support.domain.NotFound;

/**
 * The page the Accept and Decline links in an invitation email open. Opening it changes nothing: mail
 * filters such as Microsoft Defender Safe Links open every link in an email before the reader does, so a
 * GET that recorded an answer would accept every invitation. Only pressing a button, a POST, answers.
 * <p>
 * The token in the address is the secret, so these pages are never cached and never sent as a referrer to
 * the meeting's online link.
 */
@Controller
class RsvpPage {

    private final Inviting inviting;

    RsvpPage(Inviting inviting) {
        this.inviting = inviting;
    }

    @GetMapping("/rsvp/{token}")
    ModelAndView show(@PathVariable String token, @RequestParam(required = false) String answer,
            HttpServletResponse response) {
        keepPrivate(response);
        try {
            MeetingInvitation found = inviting.invitation(token);
            return page("rsvp/invitation", found, token, HttpStatus.OK)
                    .addObject("suggested", parse(answer));
        } catch (NotFound e) {
            return unavailable(HttpStatus.NOT_FOUND, "We cannot find this invitation",
                    "The link may be incomplete: try copying the whole link from the email into your browser.");
        }
    }

    /** Some mail systems rewrite links; the token may arrive as a query parameter instead. */
    @GetMapping("/rsvp")
    ModelAndView showByQuery(@RequestParam(required = false) String token,
            @RequestParam(required = false) String answer, HttpServletResponse response) {
        if (token == null || token.isBlank()) {
            keepPrivate(response);
            return unavailable(HttpStatus.NOT_FOUND, "We cannot find this invitation",
                    "The link has no invitation in it: use the link from the email.");
        }
        return show(token, answer, response);
    }

    @PostMapping("/rsvp/{token}")
    ModelAndView answer(@PathVariable String token, @RequestParam(required = false) String answer,
            HttpServletResponse response) {
        keepPrivate(response);
        RsvpAnswer chosen = parse(answer);
        if (chosen == null) {
            return unavailable(HttpStatus.BAD_REQUEST, "Choose an answer",
                    "Go back and press Accept or Decline.");
        }
        try {
            return page("rsvp/answered", inviting.answer(token, chosen), token, HttpStatus.OK);
        } catch (NotFound e) {
            return unavailable(HttpStatus.NOT_FOUND, "We cannot find this invitation",
                    "The link may be incomplete: try copying the whole link from the email into your browser.");
        } catch (InvitationRuleViolation e) {
            return unavailable(HttpStatus.CONFLICT, "Your answer was not recorded", e.getMessage() + ".");
        }
    }

    private static ModelAndView page(String view, MeetingInvitation found, String token, HttpStatus status) {
        MeetingDetails meeting = found.meeting();
        return new ModelAndView(view, Map.of(
                "meeting", meeting,
                "when", UkTime.range(meeting.startsAt(), meeting.endsAt()),
                "invitation", found.invitation(),
                "answerable", found.answerable(),
                "started", found.started(),
                "token", token), status);
    }

    private static ModelAndView unavailable(HttpStatus status, String heading, String message) {
        return new ModelAndView("rsvp/unavailable", Map.of("heading", heading, "message", message), status);
    }

    private static RsvpAnswer parse(String answer) {
        if (answer == null) {
            return null;
        }
        for (RsvpAnswer value : RsvpAnswer.values()) {
            if (value.name().equalsIgnoreCase(answer.strip())) {
                return value;
            }
        }
        return null;
    }

    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
