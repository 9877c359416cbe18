package uk.socialvalue.membership.workinggroup.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.membership.workinggroup.InvalidDetails;
import uk.socialvalue.membership.workinggroup.InvitationRuleViolation;
import uk.socialvalue.membership.workinggroup.NotFound;
import uk.socialvalue.support.web.ProblemDetailsAdvice;

/**
 * The working-group rules' refusals as problem details, for the JSON API only (the RSVP page answers with
 * pages).
 */
@RestControllerAdvice(assignableTypes = {WorkingGroupsController.class, MeetingsController.class,
        InvitationsController.class})
class WorkingGroupProblems {

    @ExceptionHandler(InvalidDetails.class)
    ResponseEntity<ProblemDetail> invalid(InvalidDetails e) {
        return ResponseEntity.badRequest().body(ProblemDetailsAdvice.invalid(
                List.of(new ProblemDetailsAdvice.FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvitationRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(InvitationRuleViolation e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
