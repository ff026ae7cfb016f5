package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.NotificationMode;
import app.lexdesk.core.notifications.NotificationPreference;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reads planning needs, each one query under row-level security: a record's facts (across the record, its
 * kind's row and its request — read-only, as the portal's queries do, because a listener must not make one call per
 * module per event), the tenant's members by role and by id, a person's preference and language.
 */
@Component
class NotificationQueries {

    /** A member of the tenant who can be told something: an active membership with an address. */
    record Member(UUID personId, String email, String name, boolean staff) {
    }

    private final JdbcTemplate jdbc;

    NotificationQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RecordContext> record(UUID tenant, UUID recordId) {
        return jdbc.query("""
                select r.id, r.kind, coalesce(m.reference, c.reference) as reference,
                       coalesce(m.title, c.title) as title, coalesce(m.category_code, c.contract_type) as target,
                       t.code as request_type, coalesce(m.company_id, c.company_id) as company_id,
                       coalesce(m.requester_id, c.requester_id) as requester_id,
                       coalesce(m.assignee_id, c.assignee_id) as assignee_id, coalesce(m.status, c.status) as status,
                       q.reference as request_reference, q.subject as request_subject, q.language
                from record r
                left join matter m on m.tenant_id = r.tenant_id and m.id = r.id
                left join contract c on c.tenant_id = r.tenant_id and c.id = r.id
                left join request q on q.tenant_id = r.tenant_id and q.id = coalesce(m.request_id, c.request_id)
                left join request_type t on t.tenant_id = q.tenant_id and t.id = q.type_id
                where r.tenant_id = ? and r.id = ?""", (rs, i) -> new RecordContext(rs.getObject("id", UUID.class),
                RecordKind.valueOf(rs.getString("kind")), rs.getString("reference"), rs.getString("title"),
                rs.getString("target"), rs.getString("request_type"), rs.getObject("company_id", UUID.class),
                rs.getObject("requester_id", UUID.class), rs.getObject("assignee_id", UUID.class),
                rs.getString("status"), rs.getString("request_reference"), rs.getString("request_subject"),
                rs.getString("language")),
                tenant, recordId).stream().findFirst();
    }

    Optional<UUID> recordByReference(UUID tenant, String reference) {
        return jdbc.queryForList("""
                select id from matter where tenant_id = ? and reference = ?
                union all select id from contract where tenant_id = ? and reference = ?""", UUID.class, tenant,
                reference, tenant, reference).stream().findFirst();
    }

    List<Member> withRole(UUID tenant, Role role) {
        return jdbc.query("""
                select m.person_id, m.email, m.display_name, m.roles
                from membership m where m.tenant_id = ? and m.active and ? = any (m.roles)
                order by m.display_name, m.person_id""", (rs, i) -> member(rs), tenant, role.key());
    }

    Optional<Member> member(UUID tenant, UUID personId) {
        return jdbc.query("""
                select m.person_id, m.email, m.display_name, m.roles
                from membership m where m.tenant_id = ? and m.person_id = ? and m.active""",
                (rs, i) -> member(rs), tenant, personId).stream().findFirst();
    }

    private static Member member(ResultSet rs) throws SQLException {
        List<String> roles = List.of((String[]) rs.getArray("roles").getArray());
        boolean staff = roles.stream().map(Role::fromKey).flatMap(Optional::stream).anyMatch(Role::isStaff);
        return new Member(rs.getObject("person_id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                staff);
    }

    /** The person's preference, if they chose one. */
    Optional<NotificationPreference> preference(UUID tenant, UUID personId) {
        return jdbc.query("select mode, language from notification_preference where tenant_id = ? and person_id = ?",
                (rs, i) -> new NotificationPreference(
                        NotificationMode.valueOf(rs.getString("mode")),
                        rs.getString("language")), tenant, personId).stream().findFirst();
    }

    /** The language of the person's latest request, if they made one. */
    Optional<String> lastRequestLanguage(UUID tenant, UUID personId) {
        return jdbc.query("select language from request where tenant_id = ? and requester_id = ? "
                + "order by submitted_at desc limit 1", (rs, i) -> rs.getString(1), tenant, personId)
                .stream().findFirst();
    }

    String tenantLanguage(UUID tenant) {
        return jdbc.query("select default_locale from tenant where id = ?", (rs, i) -> rs.getString(1), tenant)
                .stream().findFirst().orElse("en");
    }
}
