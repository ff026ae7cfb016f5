package app.lexdesk.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.infra.DevServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/** The migration step runs as the schema owner; the serving applications only validate, as the application role. */
class SchemaMigrationsIT {

    final Map<String, String> database = DevServices.forTests().applicationProperties();
    final String url = database.get("spring.datasource.url");

    @Test
    void the_migration_step_is_asked_for_by_argument_or_environment_only_with_migrate_and_exit() {
        assertThat(SchemaMigrations.requested(new String[] {"--lexdesk.migrations=migrate-and-exit"})).isTrue();
        assertThat(SchemaMigrations.requested(new String[] {"--lexdesk.migrations=validate"})).isFalse();
        assertThat(SchemaMigrations.requested(new String[] {"--server.port=8080"})).isFalse();
    }

    @Test
    void the_migration_step_migrates_an_empty_schema_as_the_owner_and_exits_with_zero() throws SQLException {
        try {
            int exit = SchemaMigrations.migrateAndExit(owner("--spring.flyway.schemas=migration_step_check"));

            assertThat(exit).isZero();
            try (Connection c = connection("spring.flyway.user", "spring.flyway.password");
                 Statement s = c.createStatement();
                 var rs = s.executeQuery("select string_agg(version, ',' order by installed_rank), "
                         + "bool_and(success), min(installed_by) from migration_step_check.flyway_schema_history "
                         + "where version is not null")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("1,2,3,4,5,6");
                assertThat(rs.getBoolean(2)).isTrue();
                assertThat(rs.getString(3)).isEqualTo("lexdesk_owner");
            }
        } finally {
            try (Connection c = connection("spring.flyway.user", "spring.flyway.password");
                 Statement s = c.createStatement()) {
                s.execute("drop schema if exists migration_step_check cascade");
            }
        }
    }

    @Test
    void a_wrong_owner_password_fails_the_migration_step_with_a_nonzero_exit_code() {
        int exit = SchemaMigrations.migrateAndExit(new String[] {"--spring.datasource.url=" + url,
                "--spring.flyway.user=lexdesk_owner", "--spring.flyway.password=wrong"});

        assertThat(exit).isNotZero();
    }

    @Test
    void serving_applications_validate_the_migrated_schema_as_the_application_role() throws SQLException {
        assertThat(SchemaMigrations.migrateAndExit(owner())).isZero();
        long applied = appliedMigrations();

        try (ConfigurableApplicationContext ignored = validating()) {
            assertThat(appliedMigrations()).isEqualTo(applied);
        }
    }

    @Test
    void validation_refuses_to_start_on_a_schema_missing_a_migration_and_applies_nothing() throws SQLException {
        assertThat(SchemaMigrations.migrateAndExit(owner())).isZero();
        long applied = appliedMigrations();

        assertThatThrownBy(() -> validating("--spring.flyway.locations=classpath:db/migration,"
                + "classpath:db/pending-for-tests").close())
                .hasRootCauseInstanceOf(FlywayValidateException.class)
                .rootCause().hasMessageContaining("999");
        assertThat(appliedMigrations()).isEqualTo(applied);
    }

    private ConfigurableApplicationContext validating(String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + database.get("spring.datasource.username"),
                "--spring.datasource.password=" + database.get("spring.datasource.password"),
                "--lexdesk.migrations=validate"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(ValidatingApplication.class).web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private String[] owner(String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.flyway.user=" + database.get("spring.flyway.user"),
                "--spring.flyway.password=" + database.get("spring.flyway.password")));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private long appliedMigrations() throws SQLException {
        try (Connection c = connection("spring.datasource.username", "spring.datasource.password");
             Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from flyway_schema_history")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connection(String user, String password) throws SQLException {
        return DriverManager.getConnection(url, database.get(user), database.get(password));
    }

    /** What a serving application does with the schema at start-up: Boot's Flyway with the core's strategy. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @Import(SchemaConfiguration.class)
    @PropertySource("classpath:lexdesk-core.properties")
    static class ValidatingApplication {
    }
}
