package app.lexdesk.core.records;

import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
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

    private static final String REQUESTED = "select 'MATTER' as kind, id, reference, status from matter where "
            + "tenant_id = :tenant and requester_id = :person and id in (:id) union all select 'CONTRACT' as kind, id, "
            + "reference, status from contract where tenant_id = :tenant and requester_id = :person and id in (:id)";

    private final JdbcClient jdbc;
    private final ObjectProvider<RequesterAccessPolicy> policy;
    private final RecordWorkflow workflow;

    RecordDirectory(JdbcTemplate jdbc, ObjectProvider<RequesterAccessPolicy> policy, RecordWorkflow workflow) {
        this.jdbc = JdbcClient.create(jdbc);
        this.policy = policy;
        this.workflow = workflow;
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

    /**
     * A record for a requester-facing feature that checked {@link #requesterAccess} first (no role check: callers
     * must have); another tenant's id is not found.
     */
    @Transactional(readOnly = true)
    public Optional<RecordRef> findForRequester(UUID recordId) {
        return query("id = :id", "id", recordId).stream().findFirst();
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
     * What {@code personId} may do with the record as its requester sees it: what every requester-facing query checks
     * before showing anything of it. The record's requester may act on it; anyone else only as the portal's
     * {@link RequesterAccessPolicy} allows. No role check: it answers only about the person asked for.
     */
    @Transactional(readOnly = true)
    public RequesterAccess requesterAccess(UUID recordId, UUID personId) {
        return requesterAccessAndRequester(recordId, personId).access();
    }

    /** {@link #requesterAccess} with the record's requester, whom a reader sees the record as. */
    @Transactional(readOnly = true)
    public AsRequester requesterAccessAndRequester(UUID recordId, UUID personId) {
        if (personId == null || recordId == null) {
            return AsRequester.NONE;
        }
        Optional<RecordRef> record = query("id = :id", "id", recordId).stream().findFirst();
        if (record.isEmpty() || record.get().requesterId() == null) {
            return AsRequester.NONE;
        }
        UUID requester = record.get().requesterId();
        if (requester.equals(personId)) {
            return new AsRequester(RequesterAccess.ACT, requester);
        }
        RequesterAccess access = policy.getIfAvailable() == null ? RequesterAccess.NONE
                : policy.getObject().access(recordId, requester, record.get().companyId(), personId);
        return access.mayRead() ? new AsRequester(access, requester) : AsRequester.NONE;
    }

    /** What a reader may do with a record, and whose view of it they get (null when none). */
    public record AsRequester(RequesterAccess access, UUID requesterId) {
        static final AsRequester NONE = new AsRequester(RequesterAccess.NONE, null);
    }

    /**
     * The record with this id when {@code personId} is its requester, with its status; empty for anyone else's record
     * or another tenant's. No role check: it answers only about the person asked for.
     */
    @Transactional(readOnly = true)
    public Optional<RequestedRecord> findRequestedBy(UUID recordId, UUID personId) {
        if (recordId == null || personId == null) {
            return Optional.empty();
        }
        return requested(List.of(recordId), personId).stream().findFirst();
    }

    /**
     * Which of these records {@code personId} requested (one query for a page of them); no role check, as
     * {@link #findRequestedBy}.
     */
    @Transactional(readOnly = true)
    public Set<UUID> filterRequestedBy(Collection<UUID> recordIds, UUID personId) {
        if (recordIds.isEmpty() || personId == null) {
            return Set.of();
        }
        return requested(recordIds, personId).stream().map(RequestedRecord::id).collect(Collectors.toSet());
    }

    private List<RequestedRecord> requested(Collection<UUID> recordIds, UUID personId) {
        return jdbc.sql(REQUESTED).param("tenant", TenantContext.require().id()).param("person", personId)
                .param("id", recordIds).query((rs, n) -> {
                    RecordKind kind = RecordKind.valueOf(rs.getString("kind"));
                    return new RequestedRecord(rs.getObject("id", UUID.class), kind, rs.getString("reference"),
                            workflow.status(kind, rs.getString("status")));
                }).list();
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
