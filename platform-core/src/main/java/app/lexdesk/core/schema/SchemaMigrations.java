package app.lexdesk.core.schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The migration step: the same image as the application, started with {@code lexdesk.migrations=migrate-and-exit},
 * runs the Flyway migrations as {@code spring.flyway.user} and exits, without starting the web server, JPA, the
 * plugins or the schedulers. An application's {@code main} hands over to it:
 *
 * <pre>{@code
 * if (SchemaMigrations.requested(args)) {
 *     System.exit(SchemaMigrations.migrateAndExit(args));
 * }
 * }</pre>
 */
public final class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    /**
     * Whether {@code lexdesk.migrations} is {@code migrate-and-exit}, read from the arguments, system properties and
     * environment (relaxed: {@code --lexdesk.migrations=migrate-and-exit} or {@code LEXDESK_MIGRATIONS=...}).
     */
    public static boolean requested(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bind("lexdesk.migrations", Migrations.class)
                .map(Migrations.MIGRATE_AND_EXIT::equals).orElse(false);
    }

    /** Migrates the schema as {@code spring.flyway.user}; returns the process exit code, 0 when it is up to date. */
    public static int migrateAndExit(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MigrationStep.class)
                .main(SchemaMigrations.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).run(args)) {
            log.info("Schema migrated; exiting");
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            // Spring Boot has already logged why; the exit code tells the Job.
            return 1;
        }
    }

    /**
     * Only a DataSource and Flyway, with the core's defaults (the roles' placeholders). Not a component: the
     * applications' component scan of the core must not pick it up.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @PropertySource("classpath:lexdesk-core.properties")
    static class MigrationStep {
    }
}
