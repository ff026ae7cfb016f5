package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.attachments.ObjectStorage;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes uploads no request claimed within {@code lexdesk.attachments.abandoned-after} (a day by default), tenant by
 * tenant with the tenant carried explicitly. Each upload's row goes first, and only while still unclaimed
 * ({@code delete ... where id = ? and record_id is null}); its object is removed only if that row was deleted, so a
 * file a request claims between the look-up and the removal keeps both. A row removed whose object cannot be is
 * logged: an orphan object is harmless, a lost file is not. One tenant's failure is logged and the others are swept.
 * Safe on every pod: a row another pod already removed is simply not deleted twice.
 */
@Component
public class AbandonedUploadSweeper {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploadSweeper.class);

    /** An upload found abandoned: what to delete. */
    record Abandoned(UUID id, String storageKey) {
    }

    private final TenantDirectory tenants;
    private final AttachmentRepository attachments;
    private final ObjectStorage storage;
    private final TransactionTemplate transactions;
    private final Duration abandonedAfter;
    private final Clock clock;

    AbandonedUploadSweeper(TenantDirectory tenants, AttachmentRepository attachments, ObjectStorage storage,
            TransactionTemplate transactions, @Value("${lexdesk.attachments.abandoned-after:P1D}") Duration abandonedAfter,
            Optional<Clock> clock) {
        this.tenants = tenants;
        this.attachments = attachments;
        this.storage = storage;
        this.transactions = transactions;
        this.abandonedAfter = abandonedAfter;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${lexdesk.attachments.sweep-interval:PT1H}", initialDelayString = "PT5M")
    public int sweep() {
        int removed = 0;
        for (var tenant : tenants.all()) {
            CurrentTenant current = new CurrentTenant(tenant.id(), tenant.slug());
            try (TenantContext.Scope ignored = TenantContext.openPlatformWork(current)) {
                for (Abandoned upload : abandoned()) {
                    if (remove(upload)) {
                        removed++;
                    }
                }
            } catch (RuntimeException e) {
                log.error("Sweeping the abandoned uploads of tenant {} failed; the other tenants are swept",
                        tenant.id(), e);
            }
        }
        if (removed > 0) {
            log.info("Removed {} abandoned uploads", removed);
        }
        return removed;
    }

    /** The current tenant's uploads no record claimed within the delay. */
    List<Abandoned> abandoned() {
        return transactions.execute(s -> attachments.findByRecordIdIsNullAndUploadedAtBefore(
                clock.instant().minus(abandonedAfter)).stream()
                .map(a -> new Abandoned(a.getId(), a.getStorageKey())).toList());
    }

    /** Removes {@code upload} if it is still unclaimed: its row, then its object. Says whether it did. */
    boolean remove(Abandoned upload) {
        Integer deleted = transactions.execute(s -> attachments.deleteIfUnclaimed(upload.id()));
        if (deleted == null || deleted == 0) {
            return false;
        }
        try {
            storage.delete(upload.storageKey());
        } catch (RuntimeException e) {
            log.warn("Removed abandoned upload {} but not its object {}: {}", upload.id(), upload.storageKey(),
                    e.getMessage());
        }
        return true;
    }
}
