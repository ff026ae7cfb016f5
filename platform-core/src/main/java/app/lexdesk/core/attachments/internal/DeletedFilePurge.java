package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.attachments.ObjectStorage;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Purges files and folders deleted more than {@link RecordFileService#RESTORABLE_FOR} ago, tenant by tenant with the
 * tenant carried explicitly: a file's stored objects (every version) first, then its row, so a failure leaves at
 * worst a row whose restore window is over, which the next run removes — never a stored object nobody can reach.
 * One tenant's failure is logged and the others go on. Safe on every pod: a row another pod removed is gone.
 */
@Component
public class DeletedFilePurge {

    private static final Logger log = LoggerFactory.getLogger(DeletedFilePurge.class);

    private final TenantDirectory tenants;
    private final AttachmentRepository attachments;
    private final AttachmentVersionRepository versions;
    private final ObjectStorage storage;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DeletedFilePurge(TenantDirectory tenants, AttachmentRepository attachments, AttachmentVersionRepository versions,
            ObjectStorage storage, TransactionTemplate transactions, JdbcTemplate jdbc, Optional<Clock> clock) {
        this.tenants = tenants;
        this.attachments = attachments;
        this.versions = versions;
        this.storage = storage;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return how many files were purged */
    @Scheduled(fixedDelayString = "${lexdesk.attachments.purge-interval:PT6H}", initialDelayString = "PT10M")
    public int purge() {
        Instant cutoff = clock.instant().minus(RecordFileService.RESTORABLE_FOR);
        int purged = 0;
        for (var tenant : tenants.all()) {
            try (TenantContext.Scope ignored = TenantContext.openPlatformWork(new CurrentTenant(tenant.id(),
                    tenant.slug()))) {
                purged += purgeTenant(tenant.id(), cutoff);
            } catch (RuntimeException e) {
                log.error("Purging deleted files of tenant {} failed; the next run tries again", tenant.slug(), e);
            }
        }
        if (purged > 0) {
            log.info("Purged {} deleted files", purged);
        }
        return purged;
    }

    private int purgeTenant(UUID tenant, Instant cutoff) {
        List<AttachmentEntity> expired = transactions.execute(s -> attachments.findByDeletedAtBefore(cutoff));
        int purged = 0;
        for (AttachmentEntity file : expired) {
            List<String> keys = new ArrayList<>(List.of(file.getStorageKey()));
            transactions.executeWithoutResult(s -> versions.findByAttachmentIdOrderByVersionDesc(file.getId())
                    .forEach(v -> keys.add(v.getStorageKey())));
            keys.forEach(storage::delete);
            Integer removed = transactions.execute(s -> jdbc.update("delete from attachment where tenant_id = ? "
                    + "and id = ? and deleted_at < ?", tenant, file.getId(), java.sql.Timestamp.from(cutoff)));
            purged += removed == null ? 0 : removed;
        }
        // Folders go once nothing is left in them; their deleted subfolders go with them.
        transactions.executeWithoutResult(s -> jdbc.update("""
                delete from record_folder f where f.tenant_id = ? and f.deleted_at < ?
                  and not exists (select 1 from attachment a where a.tenant_id = f.tenant_id and a.folder_id = f.id)
                  and not exists (select 1 from record_folder c where c.tenant_id = f.tenant_id and c.parent_id = f.id
                                  and c.deleted_at is null)""", tenant, java.sql.Timestamp.from(cutoff)));
        return purged;
    }
}
