package uk.socialvalue.membership.account.web;

import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.membership.account.Accounts;
import uk.socialvalue.support.web.ProblemDetailsAdvice;
import uk.socialvalue.support.web.ProblemDetailsAdvice.FieldProblem;

/** A bad set-password token or a weak password is a 400 naming the field. */
@RestControllerAdvice(assignableTypes = PasswordController.class)
class AccountProblems {

    @ExceptionHandler(Accounts.InvalidSetupToken.class)
    ResponseEntity<ProblemDetail> invalidToken(Accounts.InvalidSetupToken e) {
        return ResponseEntity.badRequest().body(ProblemDetailsAdvice.invalid(List.of(new FieldProblem("token", e.getMessage()))));
    }

    @ExceptionHandler(Accounts.WeakPassword.class)
    ResponseEntity<ProblemDetail> weakPassword(Accounts.WeakPassword e) {
        return ResponseEntity.badRequest().body(ProblemDetailsAdvice.invalid(List.of(new FieldProblem("password", e.getMessage()))));
    }
}
