package app.lexdesk.core.schema;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes Spring Boot's start-up Flyway run validate instead of migrate when {@code lexdesk.migrations=validate}. */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    FlywayMigrationStrategy migrationStrategy(@Value("${lexdesk.migrations:migrate}") Migrations migrations) {
        if (migrations == Migrations.VALIDATE) {
            return Flyway::validate;
        }
        return Flyway::migrate;
    }
}
