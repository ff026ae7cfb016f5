package app.lexdesk.core.records.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.api.Versions;
import app.lexdesk.core.records.InvalidRecordChangeException;
import app.lexdesk.core.records.RecordChangedException;
import app.lexdesk.core.records.RecordNotFoundException;
import app.lexdesk.core.records.TransitionRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The record core's refusals as the API's problems, for every kind's endpoints: a stale version is 412 with who
 * changed the record and when, a change naming no version 428, a move the workflow does not allow 409, a value a
 * field cannot take 400 naming the field, and an unknown record (another tenant's included) 404.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordWorkProblems {

    @ExceptionHandler(RecordChangedException.class)
    ResponseEntity<ProblemDetail> changed(RecordChangedException e) {
        ProblemDetail problem = ApiProblems.problem(ProblemType.PRECONDITION_FAILED, e.getMessage());
        if (e.changedBy() != null) {
            problem.setProperty("changedBy", e.changedBy());
        }
        if (e.changedAt() != null) {
            problem.setProperty("changedAt", e.changedAt().toString());
        }
        return ApiProblems.response(problem);
    }

    @ExceptionHandler(Versions.VersionMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(Versions.VersionMismatchException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.PRECONDITION_FAILED, e.getMessage()));
    }

    @ExceptionHandler(Versions.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> required(Versions.PreconditionRequiredException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.PRECONDITION_REQUIRED, e.getMessage()));
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ResponseEntity<ProblemDetail> refused(TransitionRefusedException e) {
        ProblemDetail problem = ApiProblems.problem(ProblemType.TRANSITION_REFUSED, e.getMessage());
        problem.setProperty("allowed", e.allowed());
        return ApiProblems.response(problem);
    }

    @ExceptionHandler(InvalidRecordChangeException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRecordChangeException e) {
        return ApiProblems.response(ApiProblems.invalid(ProblemType.INVALID_BODY, e.field(), e.code(),
                e.getMessage()));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.NOT_FOUND, e.getMessage()));
    }
}
