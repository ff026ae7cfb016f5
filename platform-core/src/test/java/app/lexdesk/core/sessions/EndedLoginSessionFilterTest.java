package app.lexdesk.core.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A session whose Keycloak session ended is ended before Spring Security reads its login; others are kept. */
class EndedLoginSessionFilterTest {

    static final String ISSUER = "http://localhost:8180/realms/lexdesk";

    final MockHttpSession session = new MockHttpSession();
    final Set<String> endedSids = Set.of("ended-sid");
    final EndedLoginSessionFilter filter = new EndedLoginSessionFilter(
            (issuer, sid) -> issuer.equals(ISSUER) && endedSids.contains(sid));

    @Test
    void a_session_whose_keycloak_session_ended_is_ended_and_the_request_goes_on_as_a_strangers() throws Exception {
        loggedIn("ended-sid");
        MockHttpServletRequest request = request();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).isNotNull();
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void a_session_of_a_live_keycloak_session_is_kept() throws Exception {
        loggedIn("live-sid");
        filter.doFilter(request(), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_without_a_login_is_left_alone() throws Exception {
        session.setAttribute("something", "else");
        filter.doFilter(request(), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }

    private void loggedIn(String sid) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300),
                Map.of("iss", ISSUER, "sub", "user-1", "sid", sid));
        DefaultOidcUser user = new DefaultOidcUser(Set.of(), idToken);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new TestingAuthenticationToken(user, null)));
    }

    private MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/t/acme/app");
        request.setSession(session);
        return request;
    }
}
