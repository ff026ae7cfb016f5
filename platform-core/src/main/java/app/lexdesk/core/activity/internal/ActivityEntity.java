package app.lexdesk.core.activity.internal;

import app.lexdesk.core.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "activity")
public class ActivityEntity extends TenantOwnedEntity {

    @Column(name = "record_kind")
    private String recordKind;
    @Column(name = "record_id")
    private UUID recordId;
    @Column(name = "actor_id")
    private UUID actorId;
    private String action;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> before;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> after;
    @Column(name = "visible_to_portal")
    private boolean visibleToPortal;
    private Instant at;
    @Formula("(select p.first_name || ' ' || p.last_name from person p where p.id = actor_id "
            + "and p.tenant_id = tenant_id)")
    private String actorName;

    protected ActivityEntity() {
    }

    public ActivityEntity(String recordKind, UUID recordId, UUID actorId, String action, Map<String, Object> before,
            Map<String, Object> after, boolean visibleToPortal, Instant at) {
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.actorId = actorId;
        this.action = action;
        this.before = before;
        this.after = after;
        this.visibleToPortal = visibleToPortal;
        this.at = at;
    }

    public String getAction() {
        return action;
    }

    public UUID getActorId() {
        return actorId;
    }

    public Map<String, Object> getBefore() {
        return before;
    }

    public Map<String, Object> getAfter() {
        return after;
    }

    public boolean isVisibleToPortal() {
        return visibleToPortal;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

}
