package app.lexdesk.core.tenancy.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform role's own small connection pool ({@code lexdesk.platform.datasource.*}): the only path that may write
 * the platform table {@code tenant}. The application role reads it but can no longer change it.
 *
 * <p>Deliberately not a {@code DataSource} bean: a second one would make Spring Boot back off from configuring the
 * application's own DataSource, JPA and Flyway, and would let any bean inject the more privileged connection.
 */
public final class PlatformDatabase implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcTemplate jdbc;

    PlatformDatabase(PlatformDataSourceProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("lexdesk-platform");
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        // Tenants are registered now and then: keep no idle connection, and never more than two.
        config.setMinimumIdle(0);
        config.setMaximumPoolSize(2);
        this.dataSource = new HikariDataSource(config);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Inserts the tenant unless its slug is taken; the caller reads the row back through the application role. */
    public void registerTenant(UUID id, String slug, String name, String issuer, String organization,
            String defaultLocale) {
        jdbc.update("insert into tenant (id, slug, name, issuer, organization, default_locale) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (slug) do nothing", id, slug, name, issuer, organization,
                defaultLocale);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
