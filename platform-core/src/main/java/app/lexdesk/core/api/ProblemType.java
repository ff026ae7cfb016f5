package app.lexdesk.core.api;

import java.net.URI;
import java.util.Arrays;
import org.springframework.http.HttpStatus;

/**
 * The API's problem types (RFC 9457 {@code type}): stable URIs a client can switch on, each with its status and
 * title. Every error the API answers, from Tomcat's request parsing to a refused submission, carries one.
 */
public enum ProblemType {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request", "Bad request"),
    INVALID_BODY(HttpStatus.BAD_REQUEST, "invalid-body", "Invalid body"),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter"),
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
    UPLOAD_REFUSED(HttpStatus.BAD_REQUEST, "upload-refused", "File refused"),
    NOT_AUTHENTICATED(HttpStatus.UNAUTHORIZED, "not-authenticated", "Not authenticated"),
    NO_TENANT_ACCESS(HttpStatus.FORBIDDEN, "no-tenant-access", "No tenant access"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict"),
    TRANSITION_REFUSED(HttpStatus.CONFLICT, "transition-refused", "Status move not allowed"),
    PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed"),
    PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "Precondition required"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large", "Request headers too large"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable");

    /** Where the types live; each type's URI is this plus its code. */
    public static final String BASE = "https://lexdesk.app/problems/";

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final URI uri;

    ProblemType(HttpStatus status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
        this.uri = URI.create(BASE + code);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }

    /**
     * The generic type of an HTTP error status, for errors raised by the framework or the server rather than by
     * our code: the first type declared with that status, else {@link #BAD_REQUEST} or {@link #INTERNAL_ERROR}.
     */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values()).filter(t -> t.status.value() == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }
}
