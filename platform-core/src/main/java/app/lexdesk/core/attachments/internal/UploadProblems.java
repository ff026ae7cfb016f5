package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.attachments.UploadRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Files' refusals as the API's problems, for every endpoint that takes or serves files: a refused upload is 400
 * {@code upload-refused} naming the part and the reason's code; storage that cannot be reached is 503
 * {@code service-unavailable} with {@code Retry-After}, nothing kept. An upload refused before its body was read to the
 * end closes the connection rather than reading the rest.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private static final Logger log = LoggerFactory.getLogger(UploadProblems.class);
    static final String RETRY_AFTER_SECONDS = "60";

    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<ProblemDetail> refused(UploadRefusedException e) {
        String field = e.field() == null ? "file" : e.field();
        ProblemType type = e.storageUnavailable() ? ProblemType.SERVICE_UNAVAILABLE : ProblemType.UPLOAD_REFUSED;
        ProblemDetail problem = ApiProblems.invalid(type, field, e.code(), e.getMessage());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONNECTION, "close");
        if (e.storageUnavailable()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(problem);
    }

    @ExceptionHandler(SdkException.class)
    ResponseEntity<ProblemDetail> storageUnavailable(SdkException e) {
        log.warn("File storage unavailable: {}", e.getMessage());
        ProblemDetail problem = ApiProblems.problem(ProblemType.SERVICE_UNAVAILABLE,
                "File storage is unavailable right now. Try again in a few minutes.");
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(problem);
    }
}
