package app.lexdesk.core.sessions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Service;

/**
 * Identity-provider sessions (Keycloak's {@code sid}) that ended, known to every application node. Keycloak's
 * back-channel logout reaches one node, which ends its own HTTP sessions at once and records the ended
 * session here; every node then ends the HTTP sessions that login opened at their next request
 * ({@link EndedLoginSessionFilter}), within {@code lexdesk.cache.time-to-live} — the same delay as for a
 * membership changed on another node.
 *
 * <p>Thread-safe. Issuer and sid are not personal data; nothing else is stored.
 */
@Service
public class EndedLoginSessions {

    private static final Logger log = LoggerFactory.getLogger(EndedLoginSessions.class);

    private record Key(String issuer, String sid) {
    }

    private final JdbcTemplate jdbc;
    private final Duration keep;
    private final Clock clock;
    private final Cache<Key, Boolean> known;

    EndedLoginSessions(JdbcTemplate jdbc, @Value("${lexdesk.cache.time-to-live}") Duration timeToLive,
            @Value("${lexdesk.session.absolute-timeout}") Duration absoluteTimeout, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.keep = absoluteTimeout.plusHours(1);
        this.clock = clock.orElse(Clock.systemUTC());
        this.known = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(100_000).build();
    }

    /** Records that the provider session {@code sid} of {@code issuer} ended; recording it twice is harmless. */
    public void record(String issuer, String sid) {
        jdbc.update("insert into ended_login_session (issuer, sid) values (?, ?) on conflict do nothing", issuer, sid);
        known.put(new Key(issuer, sid), true);
    }

    /** Whether that provider session ended: at once for one recorded on this node, else as of the time to live. */
    public boolean isEnded(String issuer, String sid) {
        return known.get(new Key(issuer, sid), k -> Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from ended_login_session where issuer = ? and sid = ?)", Boolean.class,
                k.issuer(), k.sid())));
    }

    /**
     * A back-channel logout handler that records the logout token's session before {@code local} ends this
     * node's sessions of it. A token without {@code sid} (every session of the user) is left to {@code local}.
     */
    public LogoutHandler recordingFirst(LogoutHandler local) {
        return (request, response, authentication) -> {
            record(authentication);
            local.logout(request, response, authentication);
        };
    }

    private void record(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof ClaimAccessor token) {
            String issuer = token.getClaimAsString("iss");
            String sid = token.getClaimAsString("sid");
            if (issuer != null && sid != null) {
                record(issuer, sid);
            }
        }
    }

    /** Forgets ended sessions older than any Lexdesk session could be. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    public int purge() {
        int removed = jdbc.update("delete from ended_login_session where ended_at < ?",
                Timestamp.from(clock.instant().minus(keep)));
        if (removed > 0) {
            log.debug("Forgot {} ended login sessions", removed);
        }
        return removed;
    }
}
