package app.lexdesk.core.api.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.InvalidParameterException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns {@link InvalidParameterException} into a 400 problem naming the parameter. */
@RestControllerAdvice(basePackages = "app.lexdesk.core")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's generic problem details, which name no field
class InvalidParameterAdvice {

    static final URI INVALID_PARAMETER = URI.create("https://lexdesk.app/problems/invalid-parameter");

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameterException e) {
        return problem(e.field(), e.code(), e.getMessage());
    }

    /** A query parameter or path segment of the wrong type ({@code ?page=abc}, a malformed id). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException e) {
        return problem(e.getName(), "invalid-value", e.getName() + " cannot be read.");
    }

    private static ResponseEntity<ProblemDetail> problem(String field, String code, String message) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "Invalid parameter",
                message);
        problem.setProperty("errors", List.of(Map.of("field", field, "code", code, "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }
}
