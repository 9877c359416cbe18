package uk.socialvalue.training.booking.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.training.booking.BookingRefused;

/** The session and booking rules' refusals as problem details. */
@RestControllerAdvice
class BookingProblems {

    @ExceptionHandler(BookingRefused.class)
    ResponseEntity<ProblemDetail> refused(BookingRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        e.details().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
