package app.lexdesk.core.events.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes again, every {@code lexdesk.events.retry-interval}, the events some listener has not completed for
 * {@code lexdesk.events.retry-after}. The age keeps a retry away from listeners still running; each node runs it, so
 * a listener may now and then see an event twice, never not at all.
 */
@Component
public class IncompletePublicationRetry {

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    public IncompletePublicationRetry(IncompleteEventPublications incomplete,
            @Value("${lexdesk.events.retry-after:PT5M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${lexdesk.events.retry-interval:PT1M}",
            initialDelayString = "${lexdesk.events.retry-interval:PT1M}")
    public void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    }
}
