package app.lexdesk.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationListener;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Test-only: notes the HTTP sessions that ended in this JVM (Spring Security publishes it when an application
 * registers an {@code HttpSessionEventPublisher}), so a browser test can wait until a logout that arrives on
 * its own schedule — Keycloak's back channel — has reached the application before it clicks again.
 */
@Component
public class EndedSessions implements ApplicationListener<SessionDestroyedEvent> {

    private static final Set<String> ENDED = ConcurrentHashMap.newKeySet();

    @Override
    public void onApplicationEvent(SessionDestroyedEvent event) {
        ENDED.add(event.getId());
    }

    /** Waits until the session {@code sessionId} has ended; fails the test when it does not within {@code wait}. */
    public static void await(String sessionId, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (!ENDED.contains(sessionId)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Session " + sessionId + " did not end within " + wait);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
