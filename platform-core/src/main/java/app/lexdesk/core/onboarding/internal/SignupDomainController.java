package app.lexdesk.core.onboarding.internal;

import app.lexdesk.core.onboarding.SignupDomainService;
import app.lexdesk.core.onboarding.SignupDomainSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A company's self-signup domains over REST, for the tenant's administrators: list, add, remove. Another tenant's
 * company is 404, exactly like one that does not exist; other roles are refused with 403; a domain that is not one is
 * 400 naming {@code domain}, one taken (here, by the department itself or by another organization) 409.
 */
@RestController
@Tag(name = "Invitations")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/companies/{companyId}/signup-domains", produces = MediaType.APPLICATION_JSON_VALUE)
class SignupDomainController {

    /** An email domain such as {@code client.example} (a leading {@code @} is dropped). */
    record NewSignupDomain(String domain) {
    }

    private final SignupDomainService signups;

    SignupDomainController(SignupDomainService signups) {
        this.signups = signups;
    }

    @GetMapping
    @Operation(operationId = "listSignupDomains", summary = "A company's self-signup domains, by domain "
            + "(administrators)", description = "People whose verified address is at one of them may register by "
            + "themselves and join as portal users of the company.")
    List<SignupDomainSummary> list(@PathVariable UUID companyId) {
        return signups.ofCompany(companyId);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "The domain, now open to self-signup")
    @Operation(operationId = "addSignupDomain", summary = "Let people of an email domain sign up as the company's "
            + "requesters (administrators)", description = "The domain is added to the tenant's Keycloak "
            + "organization too. 409 when a company here, the department itself or another organization has it.")
    ResponseEntity<SignupDomainSummary> add(@PathVariable UUID companyId, @RequestBody NewSignupDomain body) {
        SignupDomainSummary added = signups.allow(companyId, body == null ? null : body.domain());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + companyId + "/signup-domains/"
                + URLEncoder.encode(added.domain(), StandardCharsets.UTF_8))).body(added);
    }

    @DeleteMapping("/{domain}")
    @ApiResponse(responseCode = "204", description = "Removed: people of the domain no longer sign up by themselves")
    @Operation(operationId = "removeSignupDomain", summary = "Stop self-signup for one of the company's domains "
            + "(administrators)", description = "People who joined by it keep their membership.")
    ResponseEntity<Void> remove(@PathVariable UUID companyId, @PathVariable String domain) {
        signups.disallow(companyId, domain);
        return ResponseEntity.noContent().build();
    }
}
