package app.lexdesk.core.api.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter of {@code /api/*}: whatever happens further in — a filter that calls
 * {@code sendError}, Spring Security's firewall rejecting a URL, an exception escaping every handler — the
 * client gets a problem body, never the container's HTML error page or Spring Boot's default error JSON.
 */
class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        if ("TRACE".equals(request.getMethod())) {
            ApiProblems.write(response, ApiProblems.problem(ProblemType.METHOD_NOT_ALLOWED,
                    detail(ProblemType.METHOD_NOT_ALLOWED)));
            return;
        }
        try {
            chain.doFilter(request, new ProblemOnError(response));
        } catch (RequestRejectedException e) {
            ApiProblems.write(response, ApiProblems.problem(ProblemType.BAD_REQUEST,
                    "The request's URL or headers are not accepted."));
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                log.warn("API call failed after its answer had started: {}", e.toString());
                return;
            }
            log.error("Unexpected error answering an API call", e);
            ApiProblems.write(response, ApiProblems.problem(ProblemType.INTERNAL_ERROR,
                    "Something went wrong on our side. Try again later."));
        }
    }

    /** The generic problem for an error status that something further in raised without a body. */
    static String detail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "There is no such resource in the Lexdesk API.";
            case METHOD_NOT_ALLOWED -> "This resource does not take that method.";
            case NOT_AUTHENTICATED -> "A valid bearer token from the Lexdesk identity provider is required.";
            case FORBIDDEN -> "Your role does not allow this.";
            case INTERNAL_ERROR -> "Something went wrong on our side. Try again later.";
            default -> type.title() + ".";
        };
    }

    /** Turns {@code sendError} into a problem body written at once, instead of the container's error page. */
    private static final class ProblemOnError extends HttpServletResponseWrapper {

        ProblemOnError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            ProblemType type = ProblemType.forStatus(status);
            ProblemDetail problem = ApiProblems.problem(type, detail(type));
            problem.setStatus(status);
            ApiProblems.write((HttpServletResponse) getResponse(), problem);
            flushBuffer();
        }
    }
}
