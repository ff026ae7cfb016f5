package app.lexdesk.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.provisioning.ProvisionTenant;
import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.tenancy.internal.PlatformDatabase;
import app.lexdesk.core.tenancy.internal.TenantRepository;
import app.lexdesk.infra.DevServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
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
    @Autowired TenantProvisioningService provisioning;
    @Autowired TenantRepository tenantRows;
    @Autowired AccessCache access;

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

    @Test
    void the_application_role_reads_tenants_but_the_database_refuses_it_registering_or_changing_one() {
        assertThatThrownBy(() -> jdbc.update("insert into tenant (id, slug, name, issuer, organization) "
                + "values (?, 'planted', 'Planted', 'https://issuer.example', 'planted')", UUID.randomUUID()))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("permission denied for table tenant");
        assertThatThrownBy(() -> jdbc.update("update tenant set status = 'SUSPENDED' where slug = 'globex'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("permission denied for table tenant");
        assertThat(directory.findBySlug("planted")).isEmpty();
        assertThat(directory.findBySlug("globex").orElseThrow().status()).isEqualTo("ACTIVE");
    }

    @Test
    void provisioning_registers_a_tenant_through_the_platform_role_and_again_changes_nothing() {
        ProvisionTenant command = new ProvisionTenant(new RegisterTenant("umbrella", "Umbrella Legal",
                DevServices.forTests().tenantIssuer(), "umbrella", "fr"), List.of(new ProvisionTenant.Member(
                "counsel@umbrella.test", "Una", "Brella", null, Set.of(Role.TENANT_ADMIN))), List.of());

        TenantSummary first = provisioning.provision(command);
        TenantSummary again = provisioning.provision(command);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(directory.findBySlug("umbrella").orElseThrow())
                .extracting(TenantSummary::name, TenantSummary::defaultLocale).containsExactly("Umbrella Legal", "fr");
        CurrentTenant umbrella = new CurrentTenant(first.id(), first.slug());
        assertThat(inTenant(umbrella, () -> jdbc.queryForList("select email from membership", String.class)))
                .containsExactly("counsel@umbrella.test");
    }

    @Test
    void an_application_without_the_platform_role_cannot_register_a_tenant() {
        TenantDirectory withoutPlatformRole = new TenantDirectory(tenantRows, access,
                new StaticListableBeanFactory().getBeanProvider(PlatformDatabase.class));

        assertThatThrownBy(() -> withoutPlatformRole.register(new RegisterTenant("orphan", "Orphan Legal",
                "https://issuer.example", "orphan", "en")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lexdesk.platform.datasource.url");
        assertThat(directory.findBySlug("orphan")).isEmpty();
    }

    @Test
    void the_platform_role_writes_only_the_tenant_table_and_sees_no_tenant_data() throws Exception {
        Map<String, String> platform = DevServices.forTests().platformDatabaseProperties();
        try (Connection c = DriverManager.getConnection(platform.get("lexdesk.platform.datasource.url"),
                platform.get("lexdesk.platform.datasource.username"),
                platform.get("lexdesk.platform.datasource.password")); Statement s = c.createStatement()) {
            for (String table : List.of("person", "membership", "company", "matter", "activity")) {
                assertThatThrownBy(() -> s.executeQuery("select count(*) from " + table))
                        .hasMessageContaining("permission denied for table " + table);
            }
            try (ResultSet rs = s.executeQuery("select rolbypassrls or rolsuper, "
                    + "(select count(*) from pg_tables where tableowner = current_user) from pg_roles "
                    + "where rolname = current_user")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("bypasses row-level security").isFalse();
                assertThat(rs.getLong(2)).as("tables it owns").isZero();
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
