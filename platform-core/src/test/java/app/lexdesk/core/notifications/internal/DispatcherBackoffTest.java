package app.lexdesk.core.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatcherBackoffTest {

    final NotificationDispatcher dispatcher = new NotificationDispatcher(null, null, null, null, null,
            Optional.empty(), 0, Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofSeconds(30),
            Duration.ofHours(2), 10, 20);

    @Test
    void the_wait_doubles_from_the_base_within_twenty_percent_and_stops_growing_at_the_maximum() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            long expected = 30_000L << (attempt - 1);
            for (int i = 0; i < 50; i++) {
                assertThat(dispatcher.backoff(attempt).toMillis()).isBetween((long) (expected * 0.8),
                        (long) (expected * 1.2));
            }
        }
        for (int i = 0; i < 50; i++) {
            assertThat(dispatcher.backoff(20).toMillis()).isBetween((long) (7_200_000 * 0.8),
                    (long) (7_200_000 * 1.2));
        }
    }
}
