package app.lexdesk.core.api;

import app.lexdesk.core.tenancy.LoginIdentity;
import app.lexdesk.core.tenancy.TenantAccessService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an authenticated token into a tenant member and opens the tenant scope (and log MDC) for the rest of
 * the request, closing it in {@code finally}. A token with no single organization, or whose person has no
 * membership there, is refused with 403 and a problem body.
 */
class ApiTenantFilter extends OncePerRequestFilter {

    private final TenantAccessService access;

    ApiTenantFilter(TenantAccessService access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        LoginIdentity identity = identity(token.getToken());
        Optional<TenantMember> member = access.resolveSingleOrganization(identity);
        if (member.isEmpty()) {
            String detail = identity.organizations().size() > 1
                    ? "The token names several organizations; request the scope organization:<tenant> to act in one."
                    : "This token gives no access to a Lexdesk tenant.";
            ApiProblems.write(response, ApiProblems.problem(ProblemType.NO_TENANT_ACCESS, detail));
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.open(member.get())) {
            chain.doFilter(request, response);
        }
    }

    static LoginIdentity identity(Jwt jwt) {
        String name = jwt.getClaimAsString("name");
        return new LoginIdentity(jwt.getIssuer().toString(), jwt.getSubject(), jwt.getClaimAsString("email"),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")), name,
                LoginIdentity.organizationsFrom(jwt.getClaim("organization")));
    }
}
