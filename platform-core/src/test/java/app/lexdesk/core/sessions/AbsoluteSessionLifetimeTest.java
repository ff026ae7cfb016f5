package app.lexdesk.core.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** A session ends at its absolute lifetime however busy it is; a younger one is left alone. */
class AbsoluteSessionLifetimeTest {

    final MockHttpSession session = new MockHttpSession();
    final Instant created = Instant.ofEpochMilli(session.getCreationTime());

    @Test
    void a_session_older_than_the_lifetime_is_ended_before_the_request_goes_on() throws Exception {
        MockHttpServletRequest request = request();
        MockFilterChain chain = new MockFilterChain();

        filterAt(created.plus(Duration.ofHours(12)).plusSeconds(1)).doFilter(request, new MockHttpServletResponse(),
                chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request still goes on, as a stranger's").isNotNull();
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void a_younger_session_is_kept_however_often_it_is_used() throws Exception {
        filterAt(created.plus(Duration.ofHours(11))).doFilter(request(), new MockHttpServletResponse(),
                new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_request_without_a_session_gets_none() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        filterAt(created.plus(Duration.ofDays(2))).doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain());
        assertThat(request.getSession(false)).isNull();
    }

    private MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/t/acme/app");
        request.setSession(session);
        return request;
    }

    private static AbsoluteSessionLifetime filterAt(Instant now) {
        return new AbsoluteSessionLifetime(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
    }
}
