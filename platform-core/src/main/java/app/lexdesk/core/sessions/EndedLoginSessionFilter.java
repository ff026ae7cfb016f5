package app.lexdesk.core.sessions;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an HTTP session whose login's provider session ended — also when Keycloak's back-channel call reached
 * another node — before Spring Security reads the login from it; the request then goes on as a stranger's
 * and an open tab reloads into the login page. Reads the login from where Spring Security keeps it in the
 * session; sessions of other kinds, or logins without a {@code sid}, are left alone.
 */
final class EndedLoginSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedLoginSessionFilter.class);

    private final BiPredicate<String, String> ended;

    /** {@code ended} answers whether the provider session (issuer, sid) ended. */
    EndedLoginSessionFilter(BiPredicate<String, String> ended) {
        this.ended = ended;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                if (context instanceof SecurityContext security && security.getAuthentication() != null
                        && security.getAuthentication().getPrincipal() instanceof OidcUser user
                        && user.getIssuer() != null && user.getClaimAsString("sid") != null
                        && ended.test(user.getIssuer().toString(), user.getClaimAsString("sid"))) {
                    log.info("Ending a session whose identity-provider session ended");
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyEnded) {
                // Another request of the same browser ended it first: nothing left to do.
            }
        }
        chain.doFilter(request, response);
    }
}
