package app.lexdesk.core.api;

import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Me")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
class MeController {

    /** The caller as Lexdesk sees them: tenant, person and roles. */
    record Me(String tenant, String tenantName, UUID personId, String email, String displayName, List<String> roles) {
    }

    @GetMapping
    @Operation(operationId = "getMe", summary = "The caller's tenant, person and roles")
    Me me() {
        TenantMember m = TenantContext.requireMember();
        return new Me(m.tenant().slug(), m.tenantName(), m.personId(), m.email(), m.displayName(),
                m.roles().stream().map(Role::key).sorted().toList());
    }
}
