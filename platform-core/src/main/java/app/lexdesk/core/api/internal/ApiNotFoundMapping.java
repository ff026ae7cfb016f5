package app.lexdesk.core.api.internal;

import app.lexdesk.core.api.ApiDocumentation;
import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * The API's namespace ends in the API: a path under {@code /api/} that no controller maps answers 404 with a
 * problem body, before the UI's catch-all (Vaadin serves its HTML for every other path) or static resources
 * can. A path a controller maps with another method still gets Spring's 405, which is decided earlier.
 * The OpenAPI document and Swagger UI keep their own handlers.
 */
class ApiNotFoundMapping extends AbstractHandlerMapping {

    private static final HttpRequestHandler NOT_FOUND = (request, response) -> ApiProblems.write(response,
            ApiProblems.problem(ProblemType.NOT_FOUND, ApiErrorFilter.detail(ProblemType.NOT_FOUND)));

    ApiNotFoundMapping() {
        // After every controller mapping, before static resources and Vaadin's root mapping (lowest - 1).
        setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        boolean api = path.equals("/api") || path.startsWith("/api/");
        return api && !ApiDocumentation.covers(path) ? NOT_FOUND : null;
    }
}
