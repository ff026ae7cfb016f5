package app.lexdesk.core.api.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The container's error dispatch for an API call — an error Tomcat raised outside any filter's reach, such as a
 * body whose chunked framing breaks while a handler reads it — answered as a problem instead of Spring Boot's
 * default error JSON. Error dispatches of other paths go on to the application's error page.
 */
class ApiErrorDispatch extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String api = request.getContextPath() + "/api/";
        if (!(uri instanceof String path) || !path.startsWith(api)) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 500;
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = ApiProblems.problem(type, status == 400
                ? "The request could not be read: its framing, body or headers are malformed."
                : ApiErrorFilter.detail(type));
        problem.setStatus(status);
        ApiProblems.write(response, problem);
    }
}
