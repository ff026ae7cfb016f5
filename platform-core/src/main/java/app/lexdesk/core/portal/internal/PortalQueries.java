package app.lexdesk.core.portal.internal;

import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.portal.PortalColleague;
import app.lexdesk.core.portal.PortalQuery;
import app.lexdesk.core.portal.PortalRequestSummary;
import app.lexdesk.core.records.StatusCategory;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's queries, each naming the tenant and the viewer (row-level security checks the tenant again). Which
 * requests a viewer sees is written once, in {@link #SEEN_BY}: their own, those a requester named them on, and —
 * when the tenant shows colleagues' requests — those of their company. Callers run inside a transaction.
 */
@Component
public class PortalQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The viewer's access to request {@code r}: their own, named on it, or their company's when the tenant allows. */
    static final String SEEN_BY = """
            (r.requester_id = :viewer
             or exists (select 1 from request_colleague c where c.tenant_id = r.tenant_id and c.request_id = r.id
                                                          and c.person_id = :viewer)
             or (coalesce((select s.company_requests_visible from portal_setting s where s.tenant_id = :tenant),
                          false)
                 and r.company_id is not null
                 and r.company_id = (select p.company_id from person p where p.tenant_id = :tenant
                                                                       and p.id = :viewer)))
            """;

    private static final String SELECT = """
            select r.id as request_id, r.reference, r.subject, r.kind, r.submitted_at, r.requester_id,
                   r.description as request_description, r.field_values,
                   rq.first_name || ' ' || rq.last_name as requester_name, t.name_en, t.name_fr,
                   rec.id as record_id, rec.kind as record_kind, rec.status, rec.description as record_description,
                   coalesce(ws.portal_label_en, rec.status) as label_en,
                   coalesce(ws.portal_label_fr, rec.status) as label_fr, coalesce(ws.category, 'OPEN') as category,
                   (select a.first_name || ' ' || a.last_name from person a
                    where a.tenant_id = r.tenant_id and a.id = rec.assignee_id) as assignee_name,
                   greatest(r.submitted_at, (select max(x.at) from activity x where x.tenant_id = r.tenant_id
                            and x.record_id in (rec.id, r.id) and x.visible_to_portal)) as last_update,
                   (select s.seen_at from portal_seen s where s.tenant_id = r.tenant_id and s.person_id = :viewer
                                                         and s.request_id = r.id) as seen_at,
                   exists (select 1 from request_colleague c where c.tenant_id = r.tenant_id and c.request_id = r.id
                                                             and c.person_id = :viewer) as named
            from request r
            join request_type t on t.tenant_id = r.tenant_id and t.id = r.type_id
            join person rq on rq.tenant_id = r.tenant_id and rq.id = r.requester_id
            left join (select tenant_id, id, request_id, status, description, assignee_id, 'MATTER' as kind
                       from matter where tenant_id = :tenant and request_id is not null
                       union all
                       select tenant_id, id, request_id, status, description, assignee_id, 'CONTRACT'
                       from contract where tenant_id = :tenant and request_id is not null) rec
                   on rec.tenant_id = r.tenant_id and rec.request_id = r.id
            left join workflow_status ws on ws.tenant_id = r.tenant_id and ws.record_kind = rec.kind
                                        and ws.code = rec.status
            where r.tenant_id = :tenant and
            """ + SEEN_BY;

    private static final String FILTER = """
              and (:text = '' or r.subject ilike :pattern escape '\\' or r.reference ilike :pattern escape '\\')
              and (:kind = '' or r.kind = :kind)
              and (:scope = 'ALL' or (:scope = 'CLOSED') = (coalesce(ws.category, 'OPEN') = 'CLOSED'))
            """;

    private final JdbcClient jdbc;

    PortalQueries(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** One row of the viewer's list: the request, its record, what the viewer may see of them. */
    public record Row(UUID requestId, UUID recordId, String recordKind, UUID requesterId, String description,
            Map<String, String> fields, boolean named, PortalRequestSummary summary) {
    }

    public List<Row> page(UUID tenant, UUID viewer, PortalQuery query, int offset, int limit) {
        return filtered(SELECT + FILTER + " order by r.submitted_at desc, r.id limit :limit offset :offset", tenant,
                viewer, query).param("limit", limit).param("offset", offset)
                .query((rs, n) -> row(rs, viewer)).list();
    }

    public long count(UUID tenant, UUID viewer, PortalQuery query) {
        return filtered("select count(*) from (" + SELECT + FILTER + ") counted", tenant, viewer, query)
                .query(Long.class).single();
    }

    /** A request the viewer sees, by reference; empty for anyone else's, another tenant's or an unknown one. */
    public Optional<Row> byReference(UUID tenant, UUID viewer, String reference) {
        return jdbc.sql(SELECT + " and r.reference = :reference").param("tenant", tenant).param("viewer", viewer)
                .param("reference", reference).query((rs, n) -> row(rs, viewer)).optional();
    }

    /** The request a record was opened from, as {@code viewer} (its requester) sees it; for staff previews. */
    public Optional<Row> byRecord(UUID tenant, UUID viewer, UUID record) {
        return jdbc.sql(SELECT + " and rec.id = :record").param("tenant", tenant).param("viewer", viewer)
                .param("record", record).query((rs, n) -> row(rs, viewer)).optional();
    }

    /** Whether the tenant shows requesters their colleagues' requests (off when never set). */
    public boolean companyRequestsVisible(UUID tenant) {
        return jdbc.sql("select company_requests_visible from portal_setting where tenant_id = :tenant")
                .param("tenant", tenant).query(Boolean.class).optional().orElse(false);
    }

    public void setCompanyRequestsVisible(UUID tenant, boolean visible, UUID by, Instant at) {
        jdbc.sql("""
                insert into portal_setting (tenant_id, company_requests_visible, updated_by, updated_at)
                values (:tenant, :visible, :by, :at)
                on conflict (tenant_id) do update set company_requests_visible = excluded.company_requests_visible,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("tenant", tenant).param("visible", visible).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** The viewer's access to the request a record was opened from, by the rule of {@link #SEEN_BY}. */
    public Optional<Boolean> namedOrCompany(UUID tenant, UUID viewer, UUID record) {
        return jdbc.sql("""
                select exists (select 1 from request_colleague c where c.tenant_id = r.tenant_id
                                                                   and c.request_id = r.id and c.person_id = :viewer)
                from request r
                where r.tenant_id = :tenant
                  and r.id in (select request_id from matter where tenant_id = :tenant and id = :record
                               union all select request_id from contract where tenant_id = :tenant and id = :record)
                  and """ + SEEN_BY)
                .param("tenant", tenant).param("viewer", viewer).param("record", record)
                .query(Boolean.class).optional();
    }

    public void markSeen(UUID tenant, UUID viewer, UUID request, Instant at) {
        jdbc.sql("""
                insert into portal_seen (tenant_id, person_id, request_id, seen_at) values (:tenant, :viewer, :request,
                    :at)
                on conflict (tenant_id, person_id, request_id) do update set seen_at = excluded.seen_at""")
                .param("tenant", tenant).param("viewer", viewer).param("request", request)
                .param("at", Timestamp.from(at)).update();
    }

    /** People of the viewer's company with a portal membership, the viewer excepted, by name. */
    public List<PortalColleague> colleaguesOf(UUID tenant, UUID viewer) {
        return jdbc.sql("""
                select p.id, p.first_name || ' ' || p.last_name as name from person p
                where p.tenant_id = :tenant and p.id <> :viewer and p.company_id is not null
                  and p.company_id = (select me.company_id from person me where me.tenant_id = :tenant
                                                                            and me.id = :viewer)
                  and exists (select 1 from membership m where m.tenant_id = p.tenant_id and m.person_id = p.id
                                                            and m.active and 'portal-user' = any (m.roles))
                order by p.last_name, p.first_name""")
                .param("tenant", tenant).param("viewer", viewer)
                .query((rs, n) -> new PortalColleague(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    /** The colleagues named on a request. */
    public List<PortalColleague> namedOn(UUID tenant, UUID request) {
        return jdbc.sql("""
                select p.id, p.first_name || ' ' || p.last_name as name from request_colleague c
                join person p on p.tenant_id = c.tenant_id and p.id = c.person_id
                where c.tenant_id = :tenant and c.request_id = :request order by p.last_name, p.first_name""")
                .param("tenant", tenant).param("request", request)
                .query((rs, n) -> new PortalColleague(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    public void name(UUID tenant, UUID request, UUID person, UUID by, Instant at) {
        jdbc.sql("""
                insert into request_colleague (id, tenant_id, request_id, person_id, added_by, added_at)
                values (:id, :tenant, :request, :person, :by, :at) on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("tenant", tenant).param("request", request)
                .param("person", person).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public void unname(UUID tenant, UUID request, UUID person) {
        jdbc.sql("delete from request_colleague where tenant_id = :tenant and request_id = :request "
                + "and person_id = :person").param("tenant", tenant).param("request", request)
                .param("person", person).update();
    }

    private JdbcClient.StatementSpec filtered(String sql, UUID tenant, UUID viewer, PortalQuery query) {
        String pattern = "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(sql).param("tenant", tenant).param("viewer", viewer).param("text", query.text())
                .param("pattern", pattern).param("kind", query.kind() == null ? "" : query.kind().name())
                .param("scope", query.scope().name());
    }

    private static Row row(ResultSet rs, UUID viewer) throws SQLException {
        Instant submitted = rs.getTimestamp("submitted_at").toInstant();
        Instant lastUpdate = rs.getTimestamp("last_update").toInstant();
        Timestamp seen = rs.getTimestamp("seen_at");
        UUID requester = rs.getObject("requester_id", UUID.class);
        boolean own = requester.equals(viewer);
        boolean named = rs.getBoolean("named");
        String recordDescription = rs.getString("record_description");
        PortalRequestSummary summary = new PortalRequestSummary(rs.getString("reference"), rs.getString("subject"),
                RequestKind.valueOf(rs.getString("kind")), rs.getString("name_en"), rs.getString("name_fr"),
                rs.getString("label_en"), rs.getString("label_fr"), StatusCategory.valueOf(rs.getString("category")),
                rs.getString("assignee_name"), submitted, lastUpdate,
                seen == null ? lastUpdate.isAfter(submitted) : lastUpdate.isAfter(seen.toInstant()),
                !own && !named, rs.getString("requester_name"));
        return new Row(rs.getObject("request_id", UUID.class), rs.getObject("record_id", UUID.class),
                rs.getString("record_kind"), requester,
                recordDescription != null ? recordDescription : rs.getString("request_description"),
                fields(rs.getString("field_values")), named, summary);
    }

    private static Map<String, String> fields(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (Exception e) {
            return Map.of();
        }
    }
}
