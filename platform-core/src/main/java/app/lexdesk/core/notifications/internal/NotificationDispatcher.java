package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantSummary;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries, on every node: {@code lexdesk.notifications.dispatcher.threads} threads (0: this node sends
 * nothing) each wait for a signal of new work or their poll interval, then drain tenant after tenant — claim a batch
 * with {@code SKIP LOCKED} (short transaction), send each delivery outside any transaction, record each outcome
 * (short transaction). A failure is tried again after an exponential backoff with jitter (from {@code retry-base},
 * at most {@code retry-max} apart) until {@code max-attempts}; then it is FAILED, for an administrator to retry.
 *
 * <p>A node that stops between sending and recording leaves its claim to run out ({@code lease}); another dispatcher
 * then sends it again, under the same {@code Message-ID}: at most one repeat, recognisable as one.
 */
@Component
public class NotificationDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final TenantDirectory tenants;
    private final DeliveryStore deliveries;
    private final DeliverySenders senders;
    private final DispatchSignal signal;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int threads;
    private final Duration poll;
    private final Duration lease;
    private final Duration retryBase;
    private final Duration retryMax;
    private final int maxAttempts;
    private final int batch;
    private final String node;
    private final AtomicBoolean suspended = new AtomicBoolean();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    NotificationDispatcher(TenantDirectory tenants, DeliveryStore deliveries, DeliverySenders senders,
            DispatchSignal signal, TransactionTemplate transactions, Optional<Clock> clock,
            @Value("${lexdesk.notifications.dispatcher.threads:2}") int threads,
            @Value("${lexdesk.notifications.dispatcher.poll:PT5S}") Duration poll,
            @Value("${lexdesk.notifications.dispatcher.lease:PT2M}") Duration lease,
            @Value("${lexdesk.notifications.retry-base:PT30S}") Duration retryBase,
            @Value("${lexdesk.notifications.retry-max:PT2H}") Duration retryMax,
            @Value("${lexdesk.notifications.max-attempts:10}") int maxAttempts,
            @Value("${lexdesk.notifications.dispatcher.batch:20}") int batch) {
        this.tenants = tenants;
        this.deliveries = deliveries;
        this.senders = senders;
        this.signal = signal;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
        this.threads = threads;
        this.poll = poll;
        this.lease = lease;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.maxAttempts = maxAttempts;
        this.batch = batch;
        this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Sends every due delivery of one tenant as dispatcher {@code node}, until none is due.
     *
     * @return how many deliveries this call attempted
     */
    public int drain(CurrentTenant tenant, String node) {
        return drain(tenant, node, () -> true);
    }

    /** {@link #drain(CurrentTenant, String)} while {@code go} says so (checked before each batch). */
    private int drain(CurrentTenant tenant, String node, java.util.function.BooleanSupplier go) {
        int attempted = 0;
        try (TenantContext.Scope ignored = TenantContext.openPlatformWork(tenant)) {
            String tenantName = tenants.findBySlug(tenant.slug()).map(TenantSummary::name).orElse(tenant.slug());
            while (go.getAsBoolean()) {
                List<DeliveryStore.Claimed> claimed = transactions.execute(s -> deliveries.claim(tenant.id(), node,
                        batch, clock.instant(), lease));
                if (claimed == null || claimed.isEmpty()) {
                    return attempted;
                }
                for (DeliveryStore.Claimed delivery : claimed) {
                    attempted++;
                    DeliverySenders.Result result = senders.send(tenant, tenantName, delivery);
                    record(tenant, node, delivery, result);
                }
            }
            return attempted;
        }
    }

    private void record(CurrentTenant tenant, String node, DeliveryStore.Claimed delivery,
            DeliverySenders.Result result) {
        Instant now = clock.instant();
        Boolean ours = transactions.execute(s -> switch (result.outcome()) {
            case SENT -> deliveries.sent(tenant.id(), delivery.id(), node, now, result.detail());
            case RETRY -> deliveries.failed(tenant.id(), delivery.id(), node, result.detail(),
                    delivery.attempts() >= maxAttempts ? null : now.plus(backoff(delivery.attempts())));
            case FAILED -> deliveries.failed(tenant.id(), delivery.id(), node, result.detail(), null);
        });
        if (!Boolean.TRUE.equals(ours)) {
            log.warn("Delivery {} was taken over by another dispatcher before {} recorded {}", delivery.id(), node,
                    result.outcome());
        } else if (result.outcome() != DeliverySenders.Outcome.SENT) {
            log.info("Delivery {} ({} to {}) attempt {}: {} — {}", delivery.id(), delivery.channel(),
                    delivery.address(), delivery.attempts(), result.outcome(), result.detail());
        }
    }

    /** The wait after the {@code attempt}-th failure: base × 2^(attempt−1), at most the maximum, ±20 %. */
    Duration backoff(int attempt) {
        double exponential = retryBase.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
        double capped = Math.min(exponential, retryMax.toMillis());
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (capped * jitter)));
    }

    /** Stops this node's dispatchers from claiming (maintenance); what they hold is finished. */
    public void suspend() {
        suspended.set(true);
    }

    public void resume() {
        suspended.set(false);
        tenants.all().forEach(t -> signal.wake(new CurrentTenant(t.id(), t.slug())));
    }

    /** This node's dispatcher name, as claims record it. */
    public String node() {
        return node;
    }

    private void work() {
        while (running) {
            try {
                Set<CurrentTenant> signalled = signal.await(poll);
                if (suspended.get()) {
                    continue;
                }
                List<CurrentTenant> due = signalled.isEmpty() ? tenants.all().stream()
                        .map(t -> new CurrentTenant(t.id(), t.slug())).toList() : List.copyOf(signalled);
                for (CurrentTenant tenant : due) {
                    if (!running || suspended.get()) {
                        break;
                    }
                    try {
                        drain(tenant, node, () -> running && !suspended.get());
                    } catch (RuntimeException e) {
                        log.error("Dispatching notifications of tenant {} failed; the next round tries again",
                                tenant.slug(), e);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::work, "lexdesk-notifications-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        log.info("Notification dispatcher {} started with {} threads", node, threads);
    }

    @Override
    public synchronized void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
