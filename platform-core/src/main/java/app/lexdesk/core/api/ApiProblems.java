package app.lexdesk.core.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * The one builder of the API's problem bodies (RFC 9457): a {@link ProblemType}, a human detail and, for bad
 * input, the fields at fault ({@code errors[]} with {@code field}, {@code code}, {@code message}). Also writes
 * them from filters that answer before Spring MVC runs.
 */
public final class ApiProblems {

    /** One thing wrong with the input: where ({@code fields.amount}, {@code attachments[0]}), a code, a message. */
    public record FieldError(String field, String code, String message) {

        Map<String, String> asMap() {
            return Map.of("field", field, "code", code, "message", message);
        }
    }

    /** As Spring MVC writes problems: extra properties ({@code errors}) at the top level, nothing null. */
    private static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class,
            ProblemDetailJacksonMixin.class);

    private ApiProblems() {
    }

    public static ProblemDetail problem(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail problem(ProblemType type, String detail, List<FieldError> errors) {
        ProblemDetail problem = problem(type, detail);
        problem.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
        return problem;
    }

    /** A 400 naming one field. */
    public static ProblemDetail invalid(ProblemType type, String field, String code, String message) {
        return problem(type, message, List.of(new FieldError(field, code, message)));
    }

    /** {@code problem} as a response, with its status and the problem media type whatever the client accepts. */
    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** {@code problem} as JSON text, for writers that only have a character stream (Tomcat's error report). */
    public static String json(ProblemDetail problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code problem} as the whole response, for code running outside Spring MVC (filters, handlers). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
