package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.DeliveryStatus;
import app.lexdesk.core.notifications.DeliverySummary;
import app.lexdesk.core.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The delivery log's reads and its retry, in the current tenant (see {@code DeliveryLogService}). */
@Component
public class DeliveryLog {

    private final DeliveryStore store;
    private final DispatchSignal signal;
    private final Clock clock;

    DeliveryLog(DeliveryStore store, DispatchSignal signal, Optional<Clock> clock) {
        this.store = store;
        this.signal = signal;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public List<DeliverySummary> page(DeliveryStatus status, int offset, int limit) {
        return store.page(TenantContext.require().id(), status, offset, limit);
    }

    public long count(DeliveryStatus status) {
        return store.count(TenantContext.require().id(), status);
    }

    public Optional<DeliverySummary> find(UUID id) {
        return store.find(TenantContext.require().id(), id);
    }

    public DeliverySummary retry(UUID id) {
        UUID tenant = TenantContext.require().id();
        DeliverySummary current = store.find(tenant, id).orElseThrow(() ->
                new NoSuchElementException("No delivery " + id));
        if (!store.retryNow(tenant, id, clock.instant())) {
            throw new IllegalStateException("Only a failed or retrying delivery can be retried; this one is "
                    + current.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        signal.wake(TenantContext.require());
        return store.find(tenant, id).orElseThrow();
    }
}
