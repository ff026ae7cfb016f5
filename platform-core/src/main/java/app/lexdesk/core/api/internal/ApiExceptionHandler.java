package app.lexdesk.core.api.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.shared.RefusedFieldException;
import app.lexdesk.core.fairuse.RateLimitedException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error Spring MVC meets becomes a problem with one of our {@link ProblemType}s: bad bodies and
 * parameters name the field at fault, framework errors (404, 405, 406, 413, 415) get the type of their status,
 * and anything unexpected is a 500 that says nothing of the server's insides (the stack trace goes to the log).
 * Replaces Spring Boot's own problem-details handler, so it applies to requests no controller took as well.
 */
@RestControllerAdvice
// Right after the features' own advice (their domain exceptions as problems), which must come first: this one
// answers every exception.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
        return ApiProblems.response(ApiProblems.invalid(ProblemType.INVALID_PARAMETER, e.field(), e.code(),
                e.getMessage()));
    }

    @ExceptionHandler(RefusedFieldException.class)
    ResponseEntity<ProblemDetail> refusedField(RefusedFieldException e) {
        return ApiProblems.response(ApiProblems.invalid(ProblemType.INVALID_REQUEST, e.field(), e.code(),
                e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.FORBIDDEN, "Your role does not allow this."));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(ApiProblems.problem(ProblemType.RATE_LIMITED, e.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.CONFLICT,
                "Someone changed this at the same time; read it again and retry."));
    }

    /** A header value Spring Security's firewall refuses, found when a handler reads the headers. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.BAD_REQUEST,
                "The request's URL or headers are not accepted."));
    }

    /** A multipart body that cannot be parsed, or one sent to an operation that takes JSON. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        return ApiProblems.response(ApiProblems.invalid(ProblemType.INVALID_BODY, "body", "unreadable",
                "The multipart body cannot be read."));
    }

    /** A body Jackson cannot map at all (e.g. a record it cannot build): the client's input, not our fault. */
    @ExceptionHandler(HttpMessageConversionException.class)
    ResponseEntity<ProblemDetail> unconvertible(HttpMessageConversionException e) {
        return ApiProblems.response(ApiProblems.invalid(ProblemType.INVALID_BODY, "body", "unreadable",
                "The body cannot be read."));
    }

    /** Only for the API: other handlers' exceptions (the UIs') go on to their own error handling. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        log.error("Unexpected error answering an API call", e);
        return ApiProblems.response(ApiProblems.problem(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side; nothing was changed by this call. Try again later."));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return typed(ApiProblems.invalid(ProblemType.INVALID_PARAMETER, name, "invalid-value",
                name + " cannot be read."));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return typed(ApiProblems.invalid(ProblemType.INVALID_PARAMETER, e.getParameterName(), "required",
                e.getParameterName() + " is required."));
    }

    /** A path segment that is blank once decoded ({@code /people/%20}): the caller named nothing. */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return typed(ApiProblems.invalid(ProblemType.INVALID_PARAMETER, e.getVariableName(), "required",
                e.getVariableName() + " is required."));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return typed(ApiProblems.invalid(ProblemType.INVALID_PARAMETER, e.getRequestPartName(), "required",
                "The part " + e.getRequestPartName() + " is required."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (JsonBodyLimit.exceeded(e)) {
            return typed(ApiProblems.problem(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than this API takes."));
        }
        return typed(BodyProblems.of(e.getMostSpecificCause()));
    }

    /** Gives the framework's problems (404, 405, 406, 413, 415 …) our type and title for their status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse framework) {
            body = framework.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || ABOUT_BLANK.equals(problem.getType()))) {
            ProblemType type = ProblemType.forStatus(status.value());
            problem.setType(type.uri());
            problem.setTitle(type.title());
            problem.setStatus(status.value());
        }
        // Set, not negotiated: a client whose Accept header cannot be read or names no JSON still gets the problem.
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(e, body, problemHeaders, status, request);
    }

    private static ResponseEntity<Object> typed(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Where in a JSON body Jackson stopped, as our field paths, and why. */
    static final class BodyProblems {

        private BodyProblems() {
        }

        static ProblemDetail of(Throwable cause) {
            if (cause instanceof StreamConstraintsException) {
                return invalid("body", "too-large", "The body nests or repeats more than this API takes.");
            }
            if (cause instanceof JsonParseException) {
                return invalid("body", "malformed-json", "The body is not well-formed JSON.");
            }
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = path(mapping);
                if (cause instanceof UnrecognizedPropertyException) {
                    return invalid(field, "unknown-property", field + " is not a property of this body.");
                }
                if (cause instanceof InvalidNullException) {
                    return invalid(field, "required", field + " cannot be null.");
                }
                if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
                    return invalid(field, "invalid-type", field + " has the wrong type or format.");
                }
                return invalid(field, "invalid-value", field + " cannot be read.");
            }
            if (cause instanceof MismatchedInputException) {
                return invalid("body", "invalid-type", "The body must be a JSON object as this operation describes.");
            }
            return invalid("body", "unreadable", "The body cannot be read.");
        }

        private static ProblemDetail invalid(String field, String code, String message) {
            return ApiProblems.invalid(ProblemType.INVALID_BODY, field, code, message);
        }

        /** {@code fields.amount}, {@code attachments[0]}: the same paths the validators use. */
        static String path(JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : e.getPath()) {
                if (reference.getFieldName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? "body" : path.toString();
        }
    }
}
