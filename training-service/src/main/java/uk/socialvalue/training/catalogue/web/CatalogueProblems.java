package uk.socialvalue.training.catalogue.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.training.catalogue.Courses;

/** The catalogue's refusals as problem details. */
@RestControllerAdvice
class CatalogueProblems {

    @ExceptionHandler(Courses.CodeTaken.class)
    ResponseEntity<ProblemDetail> codeTaken(Courses.CodeTaken e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "code");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
