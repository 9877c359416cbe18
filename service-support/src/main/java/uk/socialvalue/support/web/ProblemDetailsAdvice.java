package uk.socialvalue.support.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

import uk.socialvalue.support.domain.ConcurrentUpdate;
import uk.socialvalue.support.domain.InvalidField;
import uk.socialvalue.support.domain.NotFound;
import uk.socialvalue.support.outage.Outages;

/**
 * Every error as an RFC 9457 problem detail. Bad input is a 400 that names the offending fields in
 * {@code errors}: a caller never sees a 500 for something they sent.
 * <p>
 * It is consulted last, after each service's own advices for its domain exceptions: it has the lowest
 * precedence, and among equals Spring keeps registration order, in which a service's scanned components come
 * before auto-configuration. So its catch-all for unexpected exceptions never shadows a service's handler.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** One field that failed validation. */
    public record FieldProblem(String field, String message) {
    }

    /** A 400 naming the fields that are wrong. */
    public static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid " + errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "))
                        + ": " + errors.stream().map(e -> e.field() + " " + e.message())
                        .collect(Collectors.joining("; ")));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        if (errors.isEmpty()) {
            errors = ex.getBindingResult().getGlobalErrors().stream()
                    .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage())).toList();
        }
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyLimitFilter.BodyTooLarge tooLarge = cause(ex, RequestBodyLimitFilter.BodyTooLarge.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(RequestBodyLimitFilter.tooLarge(tooLarge.maxBytes()));
        }
        Throwable cause = ex.getCause();
        StreamConstraintsException limit = cause(ex, StreamConstraintsException.class);
        if (limit != null) {
            return ResponseEntity.badRequest().body(beyondLimits(limit));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return ResponseEntity.badRequest()
                    .body(invalid(List.of(new FieldProblem(field(jackson), "has a value that cannot be read"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is missing or is not valid JSON.");
        problem.setTitle("Unreadable request");
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * JSON nested too deeply, or with a string too long, for {@link RequestLimits}; the parser stops reading
     * there, so the field is named when it is known.
     */
    private static ProblemDetail beyondLimits(StreamConstraintsException limit) {
        String what = limit.getMessage() != null && limit.getMessage().contains("nesting depth")
                ? "nests objects or arrays too deeply" : "holds a string that is too long";
        if (!limit.getPath().isEmpty()) {
            return invalid(List.of(new FieldProblem(field(limit), what)));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body " + what + ".");
        problem.setTitle("Request beyond limits");
        return problem;
    }

    private static String field(JacksonException jackson) {
        return jackson.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest()
                .body(invalid(List.of(new FieldProblem(ex.getName(), "has a value that cannot be read"))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation -> {
                    String path = violation.getPropertyPath().toString();
                    return new FieldProblem(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
                })
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidField ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(ex.field(), ex.getMessage()))));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** A change that kept losing the race to other writers, beyond its retries: the caller may try again. */
    @ExceptionHandler(ConcurrentUpdate.class)
    ResponseEntity<ProblemDetail> concurrentUpdate(ConcurrentUpdate ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                ex.getMessage() + "; please try again");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex; // Spring Security answers these with 401 or 403
        }
        if (Outages.isOutage(ex)) {
            // The store or broker is not answering: the caller may try again shortly; nothing is wrong with them.
            log.warn("Unavailable: {}", ex.toString());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "A system this service depends on is unavailable for a moment; please try again shortly.");
            problem.setTitle("Temporarily unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(problem);
        }
        log.error("Unexpected error", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged.");
        return ResponseEntity.internalServerError().body(problem);
    }
}
