package app.lexdesk.core.api;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where the API describes itself: the OpenAPI document ({@code springdoc.api-docs.path}) and Swagger UI
 * ({@code springdoc.swagger-ui.path}, whose pages and assets springdoc serves beside it under
 * {@code /api/swagger-ui}). Security opens them without a token only in the dev run; the API's 404 for unknown
 * paths leaves them to springdoc.
 */
public final class ApiDocumentation {

    /** Path prefixes, each also meaning everything below it. */
    public static final List<String> PREFIXES = List.of("/api/v1/openapi", "/api/docs", "/api/swagger-ui");

    private ApiDocumentation() {
    }

    public static boolean covers(String path) {
        return PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")
                || path.startsWith(p + "."));
    }

    /** The same, as Spring Security path patterns. */
    static String[] patterns() {
        return PREFIXES.stream().flatMap(p -> Stream.of(p, p + "/**", p + ".*")).toArray(String[]::new);
    }
}
