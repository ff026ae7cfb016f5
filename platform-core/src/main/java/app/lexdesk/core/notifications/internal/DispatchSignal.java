package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells this node's dispatchers that a tenant has new deliveries, so they need not wait for their next poll. Other
 * nodes find the work at their poll: the signal is only a shortcut, never the way work is found.
 */
@Component
class DispatchSignal {

    private final Set<CurrentTenant> waiting = new LinkedHashSet<>();

    synchronized void wake(CurrentTenant tenant) {
        waiting.add(tenant);
        notifyAll();
    }

    /** The tenants signalled since the last call, waiting up to {@code timeout} for one; empty on timeout. */
    synchronized Set<CurrentTenant> await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (waiting.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Set.of();
            }
            wait(Math.max(1, left / 1_000_000));
        }
        Set<CurrentTenant> taken = Set.copyOf(waiting);
        waiting.clear();
        return taken;
    }
}
