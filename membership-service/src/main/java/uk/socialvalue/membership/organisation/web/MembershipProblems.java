package uk.socialvalue.membership.organisation.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.membership.account.People;
import uk.socialvalue.membership.organisation.InvalidApplication;
import uk.socialvalue.membership.organisation.MembershipRuleViolation;
import uk.socialvalue.membership.organisation.NoSuchContact;
import uk.socialvalue.membership.organisation.NoSuchOrganisation;
import uk.socialvalue.membership.organisation.Organisations;
import uk.socialvalue.support.web.ProblemDetailsAdvice;

/** The membership rules' refusals as problem details. */
@RestControllerAdvice
class MembershipProblems {

    @ExceptionHandler(InvalidApplication.class)
    ResponseEntity<ProblemDetail> invalid(InvalidApplication e) {
        return ResponseEntity.badRequest().body(ProblemDetailsAdvice.invalid(
                List.of(new ProblemDetailsAdvice.FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(NoSuchOrganisation.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchOrganisation e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
    }

    @ExceptionHandler(NoSuchContact.class)
    ResponseEntity<ProblemDetail> noSuchContact(NoSuchContact e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
    }

    @ExceptionHandler(MembershipRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(MembershipRuleViolation e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), Map.of());
    }

    @ExceptionHandler(Organisations.OpenMembershipExists.class)
    ResponseEntity<ProblemDetail> openMembership(Organisations.OpenMembershipExists e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), Map.of("organisationId", e.organisationId()));
    }

    @ExceptionHandler(People.EmailTaken.class)
    ResponseEntity<ProblemDetail> emailTaken(People.EmailTaken e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), Map.of("field", "contact.email"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        extra.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }
}
