package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.NotificationRule;
import app.lexdesk.core.notifications.Recipient;
import app.lexdesk.core.notifications.RecipientKind;
import app.lexdesk.core.notifications.SaveNotificationRule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code notification_rule} rows of a tenant, and its defaults ({@link DefaultRules}) written the first time its
 * rules are read. Every statement names the tenant; row-level security checks it again.
 */
@Component
public class RuleStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> RECIPIENTS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, event, name, record_kind, target, request_type, company_id, "
            + "recipients, channel, mandatory, enabled, version";

    private final JdbcTemplate jdbc;

    RuleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, oldest first (the order planning applies them in), after writing the defaults once. */
    public List<NotificationRule> all(UUID tenant) {
        ensureDefaults(tenant);
        return jdbc.query("select " + COLUMNS + " from notification_rule where tenant_id = ? order by created_at, id",
                RuleStore::rule, tenant);
    }

    /** The enabled rules of one event, oldest first. */
    public List<NotificationRule> enabled(UUID tenant, NotificationEvent event) {
        ensureDefaults(tenant);
        return jdbc.query("select " + COLUMNS + " from notification_rule where tenant_id = ? and event = ? "
                + "and enabled order by created_at, id", RuleStore::rule, tenant, event.key());
    }

    public Optional<NotificationRule> find(UUID tenant, UUID id) {
        return jdbc.query("select " + COLUMNS + " from notification_rule where tenant_id = ? and id = ?",
                RuleStore::rule, tenant, id).stream().findFirst();
    }

    public void insert(UUID tenant, UUID id, SaveNotificationRule rule, Instant at) {
        jdbc.update("""
                insert into notification_rule (id, tenant_id, event, name, record_kind, target, request_type,
                    company_id, recipients, channel, mandatory, enabled, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)""", id, tenant, rule.event(),
                rule.name(), rule.recordKind(), rule.target(), rule.requestType(), rule.companyId(),
                json(rule.recipients()), rule.channel(), rule.mandatory(), rule.enabled(), Timestamp.from(at),
                Timestamp.from(at));
    }

    /** @return whether the rule was at {@code version} (and is now at the next one) */
    public boolean update(UUID tenant, UUID id, long version, SaveNotificationRule rule, Instant at) {
        return jdbc.update("""
                update notification_rule set event = ?, name = ?, record_kind = ?, target = ?, request_type = ?,
                    company_id = ?, recipients = ?::jsonb, channel = ?, mandatory = ?, enabled = ?, updated_at = ?,
                    version = version + 1
                where tenant_id = ? and id = ? and version = ?""", rule.event(), rule.name(), rule.recordKind(),
                rule.target(), rule.requestType(), rule.companyId(), json(rule.recipients()), rule.channel(),
                rule.mandatory(), rule.enabled(), Timestamp.from(at), tenant, id, version) == 1;
    }

    public boolean delete(UUID tenant, UUID id) {
        return jdbc.update("delete from notification_rule where tenant_id = ? and id = ?", tenant, id) == 1;
    }

    private void ensureDefaults(UUID tenant) {
        Integer done = jdbc.queryForObject("select count(*) from notification_setup where tenant_id = ?",
                Integer.class, tenant);
        if (done != null && done > 0) {
            return;
        }
        // Two first readers at once: one inserts the setup row, the other's insert does nothing and writes no rules.
        Instant now = Instant.now();
        if (jdbc.update("insert into notification_setup (tenant_id, defaults_applied_at) values (?, ?) "
                + "on conflict do nothing", tenant, Timestamp.from(now)) == 1) {
            int n = 0;
            for (SaveNotificationRule rule : DefaultRules.RULES) {
                insert(tenant, UUID.randomUUID(), rule, now.plusMillis(n++));
            }
        }
    }

    private static String json(List<Recipient> recipients) {
        try {
            return JSON.writeValueAsString(recipients.stream()
                    .map(r -> Map.of("kind", r.kind().name(), "value", r.value())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NotificationRule rule(ResultSet rs, int n) throws SQLException {
        List<Recipient> recipients;
        try {
            recipients = JSON.readValue(rs.getString("recipients"), RECIPIENTS).stream()
                    .map(m -> new Recipient(RecipientKind.valueOf(m.get("kind")), m.get("value"))).toList();
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable recipients of rule " + rs.getString("id"), e);
        }
        return new NotificationRule(rs.getObject("id", UUID.class),
                NotificationEvent.fromKey(rs.getString("event")).orElseThrow(), rs.getString("name"),
                rs.getString("record_kind"), rs.getString("target"), rs.getString("request_type"),
                rs.getObject("company_id", UUID.class), recipients, rs.getString("channel"),
                rs.getBoolean("mandatory"), rs.getBoolean("enabled"), rs.getLong("version"));
    }
}
