package app.lexdesk.core.api.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.InvalidParameterException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns {@link InvalidParameterException} into a 400 problem naming the parameter. */
@RestControllerAdvice(basePackages = "app.lexdesk.core")
class InvalidParameterAdvice {

    static final URI INVALID_PARAMETER = URI.create("https://lexdesk.app/problems/invalid-parameter");

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameterException e) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, INVALID_PARAMETER, "Invalid parameter",
                e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "code", e.code(), "message", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }
}
