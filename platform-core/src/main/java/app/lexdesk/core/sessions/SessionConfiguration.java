package app.lexdesk.core.sessions;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** Just before Spring Security's filters, so an ended session's login is never read. */
    @Bean
    FilterRegistrationBean<AbsoluteSessionLifetime> absoluteSessionLifetime(
            @Value("${lexdesk.session.absolute-timeout}") Duration lifetime, Optional<Clock> clock) {
        FilterRegistrationBean<AbsoluteSessionLifetime> registration = new FilterRegistrationBean<>(
                new AbsoluteSessionLifetime(lifetime, clock.orElse(Clock.systemUTC())));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
