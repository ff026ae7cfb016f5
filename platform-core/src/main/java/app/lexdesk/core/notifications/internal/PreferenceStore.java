package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.NotificationMode;
import app.lexdesk.core.notifications.NotificationPreference;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code notification_preference} rows, and the unsubscribe link's switch. */
@Component
public class PreferenceStore {

    private final JdbcTemplate jdbc;
    private final NotificationQueries queries;
    private final UnsubscribeTokens tokens;
    private final TenantDirectory tenants;
    private final TransactionTemplate transactions;

    PreferenceStore(JdbcTemplate jdbc, NotificationQueries queries, UnsubscribeTokens tokens, TenantDirectory tenants,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.tokens = tokens;
        this.tenants = tenants;
        this.transactions = transactions;
    }

    public Optional<NotificationPreference> find(UUID tenant, UUID person) {
        return queries.preference(tenant, person);
    }

    public void save(UUID tenant, UUID person, NotificationPreference preference) {
        jdbc.update("""
                insert into notification_preference (tenant_id, person_id, mode, language, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (tenant_id, person_id) do update
                set mode = excluded.mode, language = excluded.language, updated_at = excluded.updated_at""",
                tenant, person, preference.mode().name(), preference.language(), Timestamp.from(Instant.now()));
    }

    public boolean unsubscribe(String token) {
        Optional<UnsubscribeTokens.Subject> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return false;
        }
        Optional<CurrentTenant> tenant = tenants.all().stream().filter(t -> t.id().equals(subject.get().tenantId()))
                .findFirst().map(t -> new CurrentTenant(t.id(), t.slug()));
        if (tenant.isEmpty()) {
            return false;
        }
        try (TenantContext.Scope ignored = TenantContext.openPlatformWork(tenant.get())) {
            return Boolean.TRUE.equals(transactions.execute(s -> {
                UUID person = subject.get().personId();
                if (queries.member(tenant.get().id(), person).isEmpty()) {
                    return false;
                }
                String language = find(tenant.get().id(), person).map(NotificationPreference::language).orElse(null);
                save(tenant.get().id(), person, new NotificationPreference(NotificationMode.OFF, language));
                return true;
            }));
        }
    }

    public Optional<String> tenantOf(String token) {
        return tokens.verify(token).flatMap(s -> tenants.all().stream().filter(t -> t.id().equals(s.tenantId()))
                .findFirst()).map(t -> t.slug());
    }
}
