package app.lexdesk.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.matters.internal.MatterEntity;
import app.lexdesk.core.matters.internal.MatterRepository;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The shared record core: identity rows, the columns every kind gains, optimistic locking. */
@CoreIntegrationTest
class RecordCoreIT {

    @Autowired MatterService matters;
    @Autowired ContractService contracts;
    @Autowired MatterRepository matterRows;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    CurrentTenant acme;
    CurrentTenant globex;

    @BeforeEach
    void tenants() {
        acme = current("acme");
        globex = current("globex");
    }

    @Test
    void every_matter_and_contract_has_an_identity_row_of_its_kind_and_the_shared_columns() {
        MatterDetails matter = inTenant(acme, () -> matters.open(new OpenMatter("Core matter", "", "CORPORATE",
                Origin.INTERNAL, null, null, null, "test")));
        ContractSummary contract = inTenant(acme, () -> contracts.open(new OpenContract("Core contract", "", "NDA",
                "Initech", Origin.INTERNAL, null, null, null, "test")));

        assertThat(inTenant(acme, () -> jdbc.queryForObject("select kind from record where id = ?", String.class,
                matter.id()))).isEqualTo("MATTER");
        assertThat(inTenant(acme, () -> jdbc.queryForObject("select kind from record where id = ?", String.class,
                contract.id()))).isEqualTo("CONTRACT");
        Map<String, Object> row = inTenant(acme, () -> jdbc.queryForMap("select priority, due_date, version, "
                + "updated_at = created_at as fresh from matter where id = ?", matter.id()));
        assertThat(row).containsEntry("priority", "NORMAL").containsEntry("version", 0L)
                .containsEntry("fresh", true);
        assertThat(row.get("due_date")).isNull();
    }

    @Test
    void a_kinds_row_without_an_identity_row_is_refused_at_commit() {
        assertThatThrownBy(() -> inTenant(acme, () -> jdbc.update("insert into matter (id, tenant_id, reference, "
                + "title, status, origin, created_at, updated_at) values (?, ?, ?, 'Orphan', 'NEW', 'INTERNAL', now(), "
                + "now())",
                UUID.randomUUID(), acme.id(), "ORPHAN-" + UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("matter_record_fk");
    }

    @Test
    void record_identities_of_one_tenant_are_invisible_and_untouchable_from_another() {
        MatterDetails matter = inTenant(acme, () -> matters.open(new OpenMatter("Isolated matter", "", "CORPORATE",
                Origin.INTERNAL, null, null, null, "test")));

        assertThat(inTenant(globex, () -> jdbc.queryForObject("select count(*) from record where id = ?", Long.class,
                matter.id()))).isZero();
        assertThat(inTenant(globex, () -> jdbc.queryForList("select tenant_id from record", UUID.class)))
                .doesNotContain(acme.id());
        assertThat(inTenant(globex, () -> jdbc.update("delete from record where id = ?", matter.id()))).isZero();
        assertThatThrownBy(() -> inTenant(globex, () -> jdbc.update("insert into record (id, tenant_id, kind) "
                + "values (?, ?, 'MATTER')", UUID.randomUUID(), acme.id())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        assertThatThrownBy(() -> inTenant(acme, () -> jdbc.update("update record set kind = 'CONTRACT' where id = ?",
                matter.id()))).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("permission denied for table record");
        assertThat(inTenant(acme, () -> jdbc.queryForObject("select kind from record where id = ?", String.class,
                matter.id()))).isEqualTo("MATTER");
    }

    @Test
    void each_update_bumps_a_records_version_and_a_stale_write_is_refused() {
        MatterDetails opened = inTenant(acme, () -> matters.open(new OpenMatter("Locked matter", "", "CORPORATE",
                Origin.INTERNAL, null, null, null, "test")));
        MatterEntity stale = inTenant(acme, () -> matterRows.findById(opened.id()).orElseThrow());

        inTenant(acme, () -> {
            matterRows.findById(opened.id()).orElseThrow().moveTo("LITIGATION", Instant.now());
            return null;
        });
        assertThat(inTenant(acme, () -> matterRows.findById(opened.id()).orElseThrow().getVersion()))
                .isEqualTo(stale.getVersion() + 1);

        stale.moveTo("IP", Instant.now());
        assertThatThrownBy(() -> inTenant(acme, () -> matterRows.save(stale)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(inTenant(acme, () -> matterRows.findById(opened.id()).orElseThrow().getBoard()))
                .isEqualTo("LITIGATION");
    }

    private CurrentTenant current(String slug) {
        var t = directory.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private <T> T inTenant(CurrentTenant tenant, Supplier<T> work) {
        return TenantContext.call(tenant, () -> transactions.execute(s -> work.get()));
    }
}
