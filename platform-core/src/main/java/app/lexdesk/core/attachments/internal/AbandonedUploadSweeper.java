package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.attachments.ObjectStorage;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes uploads no request claimed within {@code lexdesk.attachments.abandoned-after} (a day by default):
 * the object first, then its row, tenant by tenant with the tenant carried explicitly. Safe on every pod:
 * a row another pod already removed is simply gone.
 */
@Component
public class AbandonedUploadSweeper {

    private static final Logger log = LoggerFactory.getLogger(AbandonedUploadSweeper.class);

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
                List<AttachmentEntity> abandoned = transactions.execute(s ->
                        attachments.findByRecordIdIsNullAndUploadedAtBefore(clock.instant().minus(abandonedAfter)));
                for (AttachmentEntity upload : abandoned) {
                    storage.delete(upload.getStorageKey());
                    transactions.executeWithoutResult(s -> attachments.deleteById(upload.getId()));
                    removed++;
                }
            }
        }
        if (removed > 0) {
            log.info("Removed {} abandoned uploads", removed);
        }
        return removed;
    }
}
