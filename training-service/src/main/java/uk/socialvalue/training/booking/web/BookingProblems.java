package uk.socialvalue.training.booking.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.support.web.ProblemDetailsAdvice;
import uk.socialvalue.training.booking.BookingRefused;
import uk.socialvalue.training.booking.InvalidBookingInput;
import uk.socialvalue.training.booking.NoSuchBooking;
import uk.socialvalue.training.booking.NoSuchSession;

/** The session and booking rules' refusals as problem details. */
@RestControllerAdvice
class BookingProblems {

    @ExceptionHandler(InvalidBookingInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidBookingInput e) {
        return ResponseEntity.badRequest().body(ProblemDetailsAdvice.invalid(
                List.of(new ProblemDetailsAdvice.FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler({NoSuchSession.class, NoSuchBooking.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(BookingRefused.class)
    ResponseEntity<ProblemDetail> refused(BookingRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        e.details().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
