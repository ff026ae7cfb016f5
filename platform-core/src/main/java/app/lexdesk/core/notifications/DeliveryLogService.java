package app.lexdesk.core.notifications;

import app.lexdesk.core.notifications.internal.DeliveryLog;
import app.lexdesk.core.tenancy.Administration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log, for the tenant's administrators: every delivery newest first, filtered by status, with its
 * attempts, next attempt and last error; and a retry of one that failed or is waiting to be retried.
 */
@Service
public class DeliveryLogService {

    private final DeliveryLog log;

    DeliveryLogService(DeliveryLog log) {
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<DeliverySummary> page(DeliveryStatus status, int page, int size) {
        Administration.requireAdministrator();
        return log.page(status, page * size, size);
    }

    @Transactional(readOnly = true)
    public long count(DeliveryStatus status) {
        Administration.requireAdministrator();
        return log.count(status);
    }

    @Transactional(readOnly = true)
    public Optional<DeliverySummary> find(UUID id) {
        Administration.requireAdministrator();
        return log.find(id);
    }

    /**
     * Makes a failed or retrying delivery due now, its attempts counted afresh.
     *
     * @throws NoSuchElementException when there is no such delivery
     * @throws IllegalStateException when it is neither failed nor retrying (sent, sending, held for a digest)
     */
    @Transactional
    public DeliverySummary retry(UUID id) {
        Administration.requireAdministrator();
        return log.retry(id);
    }
}
