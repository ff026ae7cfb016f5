package app.lexdesk.core.records;

import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the current tenant's records of any kind by id or by the people their own columns name, for the features
 * that point at records (notes, developments, people on a record) and know nothing of matters or contracts.
 *
 * <p>One query over the kinds' tables, which is this module's to write: the columns it reads are the shared ones
 * {@code RecordEntity} maps for every kind. Every query names the tenant (row-level security checks it again).
 */
@Service
public class RecordDirectory {

    private static final String COLUMNS = "id, reference, title, requester_id, company_id, assignee_id, created_at";
    private static final String BOTH_KINDS = "select 'MATTER' as kind, " + COLUMNS + " from matter where tenant_id = "
            + ":tenant and (%1$s) union all select 'CONTRACT' as kind, " + COLUMNS + " from contract where tenant_id = "
            + ":tenant and (%1$s)";

    private final JdbcClient jdbc;

    RecordDirectory(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** A record of the current tenant (staff only); another tenant's id is simply not found. */
    @Transactional(readOnly = true)
    public Optional<RecordRef> find(UUID recordId) {
        Administration.requireStaff();
        return query("id = :id", "id", recordId).stream().findFirst();
    }

    /** The records of the current tenant with these ids (staff only), newest first. */
    @Transactional(readOnly = true)
    public List<RecordRef> find(Collection<UUID> recordIds) {
        Administration.requireStaff();
        return recordIds.isEmpty() ? List.of() : query("id in (:id)", "id", recordIds);
    }

    /** Records whose requester or assignee is this person (staff only), newest first. */
    @Transactional(readOnly = true)
    public List<RecordRef> withPerson(UUID personId) {
        Administration.requireStaff();
        return query("requester_id = :id or assignee_id = :id", "id", personId);
    }

    /** Records requested for this company (staff only), newest first. */
    @Transactional(readOnly = true)
    public List<RecordRef> withCompany(UUID companyId) {
        Administration.requireStaff();
        return query("company_id = :id", "id", companyId);
    }

    /**
     * Whether {@code personId} is the requester of the record: what a requester's queries check before showing
     * anything of it. No role check: it answers only about the person asked for.
     */
    @Transactional(readOnly = true)
    public boolean isRequester(UUID recordId, UUID personId) {
        return personId != null && !query("id = :id and requester_id = :person", "id", recordId, "person", personId)
                .isEmpty();
    }

    private List<RecordRef> query(String where, Object... parameters) {
        JdbcClient.StatementSpec statement = jdbc.sql(BOTH_KINDS.formatted(where) + " order by created_at desc")
                .param("tenant", TenantContext.require().id());
        for (int i = 0; i < parameters.length; i += 2) {
            statement = statement.param((String) parameters[i], parameters[i + 1]);
        }
        return statement.query(RecordDirectory::row).list();
    }

    private static RecordRef row(ResultSet rs, int n) throws SQLException {
        return new RecordRef(rs.getObject("id", UUID.class), RecordKind.valueOf(rs.getString("kind")),
                rs.getString("reference"), rs.getString("title"), rs.getObject("requester_id", UUID.class),
                rs.getObject("company_id", UUID.class), rs.getObject("assignee_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
