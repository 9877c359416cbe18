package uk.socialvalue.training.catalogue.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import uk.socialvalue.training.catalogue.Courses;
import uk.socialvalue.training.catalogue.InvalidCourse;
import uk.socialvalue.training.catalogue.NoSuchCourse;
import uk.socialvalue.support.web.ProblemDetailsAdvice;

/** The catalogue's refusals as problem details. */
@RestControllerAdvice
class CatalogueProblems {

    @ExceptionHandler(InvalidCourse.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCourse e) {
        return ResponseEntity.badRequest().body(ProblemDetailsAdvice.invalid(
                List.of(new ProblemDetailsAdvice.FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(NoSuchCourse.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchCourse e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(Courses.CodeTaken.class)
    ResponseEntity<ProblemDetail> codeTaken(Courses.CodeTaken e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("field", "code");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
