package uk.socialvalue.membership.organisation.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.membership.account.EmailTaken;
import uk.socialvalue.membership.organisation.MembershipRuleViolation;
import uk.socialvalue.membership.organisation.Organisations;

/** The membership rules' refusals as problem details. */
@RestControllerAdvice
class MembershipProblems {

    @ExceptionHandler(MembershipRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(MembershipRuleViolation e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), Map.of());
    }

    @ExceptionHandler(Organisations.OpenMembershipExists.class)
    ResponseEntity<ProblemDetail> openMembership(Organisations.OpenMembershipExists e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), Map.of("organisationId", e.organisationId()));
    }

    @ExceptionHandler(EmailTaken.class)
    ResponseEntity<ProblemDetail> emailTaken(EmailTaken e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), Map.of("field", "contact.email"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, Object> extra) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        extra.forEach(problem::setProperty);
        return ResponseEntity.status(status).body(problem);
    }
}
