package app.lexdesk.core.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Problem types of the API (RFC 9457) and a writer for filters that answer before MVC runs. */
public final class ApiProblems {

    public static final URI NOT_AUTHENTICATED = URI.create("https://lexdesk.app/problems/not-authenticated");
    public static final URI NO_TENANT_ACCESS = URI.create("https://lexdesk.app/problems/no-tenant-access");
    public static final URI FORBIDDEN = URI.create("https://lexdesk.app/problems/forbidden");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiProblems() {
    }

    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
