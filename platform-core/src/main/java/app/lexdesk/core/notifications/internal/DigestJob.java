package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.DeliveryStatus;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day ({@code lexdesk.notifications.digest-cron}, Paris time), gathers each person's held deliveries into one
 * message: one transaction per person locks their held rows ({@code SKIP LOCKED}: another node's run skips them),
 * stores the digest as a delivery the dispatchers send like any other, and marks the held ones digested.
 */
@Component
public class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final TenantDirectory tenants;
    private final DeliveryStore deliveries;
    private final NotificationRenderer renderer;
    private final NotificationLinks links;
    private final DispatchSignal signal;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestJob(TenantDirectory tenants, DeliveryStore deliveries, NotificationRenderer renderer, NotificationLinks links,
            DispatchSignal signal, TransactionTemplate transactions, Optional<Clock> clock) {
        this.tenants = tenants;
        this.deliveries = deliveries;
        this.renderer = renderer;
        this.links = links;
        this.signal = signal;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return how many digests were stored */
    @Scheduled(cron = "${lexdesk.notifications.digest-cron:0 0 8 * * *}", zone = "Europe/Paris")
    public int sendDigests() {
        int stored = 0;
        for (var t : tenants.all()) {
            CurrentTenant tenant = new CurrentTenant(t.id(), t.slug());
            try (TenantContext.Scope ignored = TenantContext.openPlatformWork(tenant)) {
                List<UUID> people = transactions.execute(s -> deliveries.digestRecipients(tenant.id()));
                for (UUID person : people) {
                    Boolean made = transactions.execute(s -> digest(tenant, person));
                    stored += Boolean.TRUE.equals(made) ? 1 : 0;
                }
                if (!people.isEmpty()) {
                    signal.wake(tenant);
                }
            } catch (RuntimeException e) {
                log.error("Digests of tenant {} failed; the next run gathers them", t.slug(), e);
            }
        }
        return stored;
    }

    private boolean digest(CurrentTenant tenant, UUID person) {
        List<DeliveryStore.Claimed> held = deliveries.heldFor(tenant.id(), person);
        if (held.isEmpty()) {
            return false;
        }
        DeliveryStore.Claimed first = held.get(0);
        boolean requester = held.stream().anyMatch(h -> "REQUESTER".equals(h.audience()));
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, ZoneId.of("Europe/Paris"));
        NotificationRenderer.Rendered message = renderer.digest(tenant.slug(), first.language(),
                held.stream().map(DeliveryStore.Claimed::subject).toList(), links.preferences(tenant.slug(), requester));
        UUID id = UUID.randomUUID();
        deliveries.insert(tenant.id(), List.of(new DeliveryStore.NewDelivery(id, "digest:" + person + ":" + day + ":"
                + now.toEpochMilli(), "digest", null, null, null, person, first.address(), first.recipientName(),
                requester ? "REQUESTER" : "STAFF", NotificationRules.EMAIL, first.language(), true, message.subject(),
                message.text(), message.html(), null, DeliveryStore.messageId(id, tenant.slug()),
                DeliveryStatus.PENDING, now, now)));
        deliveries.digested(tenant.id(), DeliveryStore.ids(held), id);
        return true;
    }
}
