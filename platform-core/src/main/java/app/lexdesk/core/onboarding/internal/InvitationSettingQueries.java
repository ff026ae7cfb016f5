package app.lexdesk.core.onboarding.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenant's invitation setting ({@code invitation_setting}), each query naming the tenant (row-level security
 * checks it again). Callers run inside a transaction.
 */
@Component
public class InvitationSettingQueries {

    private final JdbcClient jdbc;

    InvitationSettingQueries(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** Whether the tenant's staff may invite requesters (off when never set). */
    public boolean staffMayInvite(UUID tenant) {
        return jdbc.sql("select staff_may_invite from invitation_setting where tenant_id = :tenant")
                .param("tenant", tenant).query(Boolean.class).optional().orElse(false);
    }

    public void setStaffMayInvite(UUID tenant, boolean allowed, UUID by, Instant at) {
        jdbc.sql("""
                insert into invitation_setting (tenant_id, staff_may_invite, updated_by, updated_at)
                values (:tenant, :allowed, :by, :at)
                on conflict (tenant_id) do update set staff_may_invite = excluded.staff_may_invite,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("tenant", tenant).param("allowed", allowed).param("by", by).param("at", Timestamp.from(at))
                .update();
    }
}
