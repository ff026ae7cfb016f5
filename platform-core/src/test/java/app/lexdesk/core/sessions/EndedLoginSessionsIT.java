package app.lexdesk.core.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * A Keycloak session ended through one node is known to the others through the database: at once on the
 * node that recorded it, after the cache's time to live on another.
 */
@CoreIntegrationTest
class EndedLoginSessionsIT {

    static final String ISSUER = "http://localhost/realms/lexdesk";

    @Autowired EndedLoginSessions thisNode;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_session_ended_on_one_node_is_ended_for_another_node_that_had_not_looked_yet() {
        String sid = UUID.randomUUID().toString();
        EndedLoginSessions otherNode = node(Duration.ofSeconds(30), Clock.systemUTC());
        assertThat(thisNode.isEnded(ISSUER, sid)).isFalse();

        thisNode.record(ISSUER, sid);
        thisNode.record(ISSUER, sid);

        assertThat(thisNode.isEnded(ISSUER, sid)).as("at once where it was recorded").isTrue();
        assertThat(otherNode.isEnded(ISSUER, sid)).as("read from the database elsewhere").isTrue();
        assertThat(otherNode.isEnded("http://localhost/realms/platform", sid)).as("issuers are apart").isFalse();
    }

    @Test
    void another_node_follows_within_the_time_to_live() throws Exception {
        String sid = UUID.randomUUID().toString();
        EndedLoginSessions otherNode = node(Duration.ofMillis(300), Clock.systemUTC());
        assertThat(otherNode.isEnded(ISSUER, sid)).isFalse();

        thisNode.record(ISSUER, sid);
        Thread.sleep(400);

        assertThat(otherNode.isEnded(ISSUER, sid)).isTrue();
    }

    @Test
    void the_back_channel_handler_records_the_tokens_session_before_ending_this_nodes_sessions() {
        String sid = UUID.randomUUID().toString();
        AtomicBoolean recordedFirst = new AtomicBoolean();
        ClaimAccessor logoutToken = () -> Map.of("iss", ISSUER, "sub", "user-1", "sid", sid);

        thisNode.recordingFirst((request, response, authentication) -> recordedFirst.set(
                node(Duration.ofSeconds(30), Clock.systemUTC()).isEnded(ISSUER, sid)))
                .logout(new MockHttpServletRequest(), new MockHttpServletResponse(),
                        new TestingAuthenticationToken(logoutToken, null));

        assertThat(recordedFirst).isTrue();
    }

    @Test
    void ended_sessions_are_forgotten_once_no_lexdesk_session_can_be_alive() {
        String sid = UUID.randomUUID().toString();
        thisNode.record(ISSUER, sid);
        EndedLoginSessions later = node(Duration.ofSeconds(30),
                Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofHours(14)));

        assertThat(later.purge()).isPositive();

        assertThat(jdbc.queryForObject("select count(*) from ended_login_session where sid = ?", Long.class, sid))
                .isZero();
    }

    private EndedLoginSessions node(Duration timeToLive, Clock clock) {
        return new EndedLoginSessions(jdbc, timeToLive, Duration.ofHours(12), Optional.of(clock));
    }
}
