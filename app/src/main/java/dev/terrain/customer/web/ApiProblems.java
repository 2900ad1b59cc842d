package dev.terrain.customer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.StaleCustomerException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * The customer API's own answers, on top of the shared ones: a stale {@code If-Match} is 412, a missing one 428,
 * too many bulk rows 413, and a value of the wrong JSON type names its field ({@code openingHours[1].opens}).
 */
@RestControllerAdvice(assignableTypes = {CustomersApi.class, CustomerPartsApi.class, CustomFieldsApi.class})
@org.springframework.core.annotation.Order(0)
class ApiProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleCustomerException e) {
        return answer(HttpStatus.PRECONDITION_FAILED, "Changed by someone else", e.getMessage(), "If-Match")
                .header("ETag", Versions.etag(e.currentVersion())).build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missing(Versions.MissingIfMatch e) {
        return answer(HttpStatus.PRECONDITION_REQUIRED, "If-Match required", e.getMessage(), "If-Match").build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooMany(TooManyRows e) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, "Too many rows", e.getMessage(), "rows").build();
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        var field = e.getCause() instanceof JacksonException json ? path(json) : "";
        var detail = field.isEmpty() ? "The request body is not valid JSON of the expected shape."
                : "The value of " + field + " has the wrong type or format.";
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Malformed request");
        if (!field.isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "has the wrong type or format")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    static String path(JacksonException e) {
        var parts = new ArrayList<String>();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                parts.add((parts.isEmpty() ? "" : ".") + reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                parts.add("[" + reference.getIndex() + "]");
            }
        }
        return String.join("", parts);
    }

    private static ResponseEntity.BodyBuilder builder(HttpStatus status) {
        return ResponseEntity.status(status);
    }

    private static Answer answer(HttpStatus status, String title, String detail, String field) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        return new Answer(builder(status), problem);
    }

    /** A problem answer that may still get headers. */
    record Answer(ResponseEntity.BodyBuilder builder, ProblemDetail problem) {

        Answer header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        ResponseEntity<ProblemDetail> build() {
            return builder.body(problem);
        }
    }

    /** More rows than one bulk call takes. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows(int rows) {
            super("at most " + CustomerManagement.MAX_BULK_ROWS + " rows per call, got " + rows + "; nothing was written");
        }
    }
}
