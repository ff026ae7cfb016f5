package app.lexdesk.core.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for the asynchronous event listeners (activity, …): they run after the publishing transaction committed,
 * on another thread, and a publication leaves the registry when its listener completed.
 */
public final class EventListeners {

    private EventListeners() {
    }

    /** Returns once no event publication is incomplete; fails after a few seconds otherwise. */
    public static void awaitCompletion(JdbcTemplate jdbc) {
        Awaitility.await("event listeners to complete").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> incomplete(jdbc) == 0);
    }

    public static long incomplete(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
    }
}
