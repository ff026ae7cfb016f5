package app.lexdesk.core;

import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.modulith.Modulithic;

/**
 * The tenant-isolated domain of Lexdesk. Applications import this configuration; feature packages below it
 * ({@code tenancy}, {@code people}, {@code provisioning}, {@code api}, …) are its modules, verified by
 * Spring Modulith.
 */
@Configuration(proxyBeanMethods = false)
@Modulithic(systemName = "Lexdesk core")
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
// The event publication registry's entity: naming the core's package here would otherwise leave it out.
@EntityScan(basePackageClasses = LexdeskCore.class, basePackages = "org.springframework.modulith.events.jpa.updating")
@EnableJpaRepositories
@PropertySource("classpath:lexdesk-core.properties")
@EnableScheduling
public class LexdeskCore {
}
