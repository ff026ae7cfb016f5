package app.lexdesk.core.onboarding.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ApiProblems.FieldError;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.onboarding.IdentityUnavailableException;
import app.lexdesk.core.onboarding.InvitationRefusedException;
import app.lexdesk.core.onboarding.SignupDomainRefusedException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Onboarding's refusals as the API's problems: an unknown invitation (another tenant's included) is 404, an address
 * that has a membership or an open invitation here 409 naming {@code email}, an invitation taken up 409; an unknown
 * company or self-signup domain (another tenant's included) 404, a domain taken 409 naming {@code domain}; and
 * Keycloak out of reach 503 (nothing was stored).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OnboardingProblems {

    @ExceptionHandler(InvitationRefusedException.class)
    ResponseEntity<ProblemDetail> refused(InvitationRefusedException e) {
        return ApiProblems.response(switch (e.reason()) {
            case UNKNOWN_INVITATION -> ApiProblems.problem(ProblemType.NOT_FOUND, e.getMessage());
            case ALREADY_MEMBER, ALREADY_INVITED, OTHER_COMPANY -> ApiProblems.problem(ProblemType.CONFLICT,
                    e.getMessage(), List.of(new FieldError("email", code(e), e.getMessage())));
            case NOT_WAITING -> ApiProblems.problem(ProblemType.CONFLICT, e.getMessage());
        });
    }

    @ExceptionHandler(SignupDomainRefusedException.class)
    ResponseEntity<ProblemDetail> domainRefused(SignupDomainRefusedException e) {
        return ApiProblems.response(switch (e.reason()) {
            case UNKNOWN, UNKNOWN_COMPANY -> ApiProblems.problem(ProblemType.NOT_FOUND, e.getMessage());
            case TAKEN -> ApiProblems.problem(ProblemType.CONFLICT, e.getMessage(),
                    List.of(new FieldError("domain", "taken", e.getMessage())));
        });
    }

    @ExceptionHandler(IdentityUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(IdentityUnavailableException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.SERVICE_UNAVAILABLE,
                "The identity service cannot do this now; nothing was changed. Try again later."));
    }

    private static String code(InvitationRefusedException e) {
        return switch (e.reason()) {
            case ALREADY_MEMBER -> "already-member";
            case ALREADY_INVITED -> "already-invited";
            default -> "other-company";
        };
    }
}
