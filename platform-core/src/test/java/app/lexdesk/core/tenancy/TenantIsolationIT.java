package app.lexdesk.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.people.PeopleService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@CoreIntegrationTest
class TenantIsolationIT {

    @Autowired TenantDirectory directory;
    @Autowired PeopleService people;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;

    CurrentTenant acme;
    CurrentTenant globex;

    @BeforeEach
    void tenants() {
        acme = current("acme");
        globex = current("globex");
    }

    @Test
    void a_native_select_star_returns_only_the_current_tenants_rows() {
        List<Map<String, Object>> acmeRows = inTenant(acme, () -> jdbc.queryForList("select * from company order by name"));
        List<Map<String, Object>> globexRows = inTenant(globex, () -> jdbc.queryForList("select * from company"));
        assertThat(acmeRows).extracting(r -> r.get("name")).containsExactly("Client Co", "Rival Inc");
        assertThat(acmeRows).extracting(r -> r.get("tenant_id")).containsOnly(acme.id());
        assertThat(globexRows).extracting(r -> r.get("name")).containsExactly("Initech");
        List<UUID> personTenants = inTenant(acme, () -> jdbc.queryForList("select tenant_id from person", UUID.class));
        assertThat(personTenants).hasSize(6).containsOnly(acme.id());
    }

    @Test
    void with_no_tenant_set_tenant_tables_read_as_empty() {
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isZero();
        Long inTransaction = transactions.execute(s -> jdbc.queryForObject("select count(*) from membership", Long.class));
        assertThat(inTransaction).isZero();
        // The platform table stays readable: that is how a URL's tenant is found.
        assertThat(jdbc.queryForObject("select count(*) from tenant", Long.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_database_refuses_to_write_another_tenants_rows() {
        assertThatThrownBy(() -> inTenant(acme, () -> jdbc.update(
                "insert into company (id, tenant_id, name) values (?, ?, 'Planted by acme')", UUID.randomUUID(), globex.id())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("violates row-level security policy");
        int updated = inTenant(acme, () -> jdbc.update("update company set name = 'Renamed' where tenant_id = ?", globex.id()));
        int deleted = inTenant(acme, () -> jdbc.update("delete from membership where tenant_id = ?", globex.id()));
        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(inTenant(globex, () -> jdbc.queryForList("select name from company", String.class))).containsExactly("Initech");
    }

    @Test
    void the_application_role_cannot_turn_row_level_security_off() {
        assertThatThrownBy(() -> jdbc.execute("alter table company disable row level security"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("alter table company no force row level security"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> inTenant(acme, () -> {
            jdbc.execute("set local row_security = off");
            return jdbc.queryForList("select name from company", String.class);
        })).rootCause().hasMessageContaining("row-level security");
        Boolean bypass = jdbc.queryForObject("select rolbypassrls or rolsuper from pg_roles where rolname = current_user", Boolean.class);
        assertThat(bypass).isFalse();
    }

    @Test
    void hibernate_finds_no_record_of_another_tenant_by_id() {
        UUID globexPerson = inTenant(globex, () -> jdbc.queryForObject("select id from person limit 1", UUID.class));
        assertThat(TenantContext.call(globex, () -> people.findPerson(globexPerson))).isPresent();
        assertThat(TenantContext.call(acme, () -> people.findPerson(globexPerson))).isEmpty();
    }

    @Test
    void a_connection_returned_to_the_pool_carries_no_tenant() throws Exception {
        Integer backend = inTenant(acme, () -> {
            assertThat(jdbc.queryForObject("select current_setting('lexdesk.tenant_id', true)", String.class))
                    .isEqualTo(acme.id().toString());
            return jdbc.queryForObject("select pg_backend_pid()", Integer.class);
        });
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Connection connection = dataSource.getConnection();
                borrowed.add(connection);
                try (Statement s = connection.createStatement();
                     ResultSet rs = s.executeQuery("select pg_backend_pid(), current_setting('lexdesk.tenant_id', true), "
                             + "(select count(*) from company)")) {
                    rs.next();
                    if (rs.getInt(1) == backend) {
                        assertThat(rs.getString(2)).isNullOrEmpty();
                        assertThat(rs.getLong(3)).isZero();
                        return;
                    }
                }
            }
            throw new AssertionError("The pool never handed back the connection the tenant transaction used");
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }

    private CurrentTenant current(String slug) {
        TenantSummary t = directory.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private <T> T inTenant(CurrentTenant tenant, java.util.function.Supplier<T> work) {
        return TenantContext.call(tenant, () -> transactions.execute(s -> work.get()));
    }
}
