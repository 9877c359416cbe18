package uk.socialvalue.membership.workinggroup.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.membership.workinggroup.InvitationRuleViolation;

/**
 * The working-group rules' refusals as problem details, for the JSON API only (the RSVP page answers with
 * pages).
 */
@RestControllerAdvice(assignableTypes = {WorkingGroupsController.class, MeetingsController.class,
        InvitationsController.class})
class WorkingGroupProblems {

    @ExceptionHandler(InvitationRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(InvitationRuleViolation e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
