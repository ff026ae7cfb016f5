package app.lexdesk.ui.common;

import app.lexdesk.core.tenancy.LoginIdentity;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The OIDC login of the current request as a {@link LoginIdentity}. */
public final class CurrentIdentity {

    private CurrentIdentity() {
    }

    public static Optional<LoginIdentity> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return Optional.empty();
        }
        return Optional.of(new LoginIdentity(user.getIssuer().toString(), user.getSubject(), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), user.getFullName(),
                LoginIdentity.organizationsFrom(user.getClaims().get("organization"))));
    }
}
