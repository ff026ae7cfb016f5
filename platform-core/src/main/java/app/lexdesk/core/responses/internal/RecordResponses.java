package app.lexdesk.core.responses.internal;

import app.lexdesk.core.responses.FirstResponseKind;
import app.lexdesk.core.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code record_response} rows of the current tenant. Both writes are upserts that commute: the submission's
 * and a first response's listeners may run in either order, and again (a publication retried), and the row ends the
 * same — the earliest response wins. Every statement names the tenant; row-level security checks it again.
 */
@Component
public class RecordResponses {

    private static final String COLUMNS = "record_id, submitted_at, target_days, expected_by, first_response_at, "
            + "first_response_kind";

    private final JdbcClient jdbc;

    RecordResponses(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** A record's row as stored; the submission's columns are null for a record opened by staff. */
    public record Row(UUID recordId, Instant submittedAt, Integer targetDays, LocalDate expectedBy,
            Instant firstResponseAt, FirstResponseKind firstResponseKind) {
    }

    /** What the requester of {@code recordId} was promised when they submitted ({@code targetDays} null: nothing). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void submitted(UUID recordId, Instant at, Integer targetDays, LocalDate expectedBy) {
        jdbc.sql("""
                insert into record_response (tenant_id, record_id, submitted_at, target_days, expected_by)
                values (:tenant, :record, :at, :days, :expectedBy)
                on conflict (tenant_id, record_id) do update
                set submitted_at = excluded.submitted_at, target_days = excluded.target_days,
                    expected_by = excluded.expected_by""")
                .param("tenant", TenantContext.require().id()).param("record", recordId)
                .param("at", Timestamp.from(at)).param("days", targetDays).param("expectedBy", expectedBy)
                .update();
    }

    /** Staff responded at {@code at}: kept if it is the first response known, replacing a later one otherwise. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void responded(UUID recordId, Instant at, FirstResponseKind kind, UUID by) {
        jdbc.sql("""
                insert into record_response (tenant_id, record_id, first_response_at, first_response_kind,
                                             first_response_by)
                values (:tenant, :record, :at, :kind, :by)
                on conflict (tenant_id, record_id) do update
                set first_response_at = excluded.first_response_at,
                    first_response_kind = excluded.first_response_kind,
                    first_response_by = excluded.first_response_by
                where record_response.first_response_at is null
                   or excluded.first_response_at < record_response.first_response_at""")
                .param("tenant", TenantContext.require().id()).param("record", recordId)
                .param("at", Timestamp.from(at)).param("kind", kind.name()).param("by", by)
                .update();
    }

    /** The rows of these records that carry a promise (a page of a list: one query). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Row> promised(Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from record_response where tenant_id = :tenant "
                        + "and record_id in (:records) and expected_by is not null")
                .param("tenant", TenantContext.require().id()).param("records", recordIds)
                .query(RecordResponses::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp responded = rs.getTimestamp("first_response_at");
        String kind = rs.getString("first_response_kind");
        return new Row(rs.getObject("record_id", UUID.class), submitted == null ? null : submitted.toInstant(),
                rs.getObject("target_days", Integer.class), rs.getObject("expected_by", LocalDate.class),
                responded == null ? null : responded.toInstant(), kind == null ? null : FirstResponseKind.valueOf(kind));
    }
}
