package app.lexdesk.core.tenancy.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform role's pool exists only in the applications given its connection (tenant admin, dev run, tests). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "lexdesk.platform.datasource", name = "url")
@EnableConfigurationProperties(PlatformDataSourceProperties.class)
class PlatformDatabaseConfiguration {

    @Bean
    PlatformDatabase platformDatabase(PlatformDataSourceProperties properties) {
        return new PlatformDatabase(properties);
    }
}
