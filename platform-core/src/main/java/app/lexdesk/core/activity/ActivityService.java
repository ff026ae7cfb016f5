package app.lexdesk.core.activity;

import app.lexdesk.core.activity.internal.ActivityEntity;
import app.lexdesk.core.activity.internal.ActivityRepository;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the activity of the current tenant's records. Joins the caller's transaction. */
@Service
public class ActivityService {

    /** What kind of record an entry is about. */
    public enum RecordKind { REQUEST, MATTER, CONTRACT }

    private final ActivityRepository entries;

    ActivityService(ActivityRepository entries) {
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(RecordKind kind, UUID recordId, String action, Map<String, Object> before,
            Map<String, Object> after, boolean visibleToPortal, Instant at) {
        UUID actor = TenantContext.member().map(TenantMember::personId).orElse(null);
        entries.save(new ActivityEntity(kind.name(), recordId, actor, action, before, after, visibleToPortal, at));
    }

}
