package app.lexdesk.core.sessions;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Both filters run just before Spring Security's, so the login of a session they end is never read. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    FilterRegistrationBean<AbsoluteSessionLifetime> absoluteSessionLifetimeFilter(
            @Value("${lexdesk.session.absolute-timeout}") Duration lifetime, Optional<Clock> clock) {
        FilterRegistrationBean<AbsoluteSessionLifetime> registration = new FilterRegistrationBean<>(
                new AbsoluteSessionLifetime(lifetime, clock.orElse(Clock.systemUTC())));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EndedLoginSessionFilter> endedLoginSessionFilter(EndedLoginSessions ended) {
        FilterRegistrationBean<EndedLoginSessionFilter> registration = new FilterRegistrationBean<>(
                new EndedLoginSessionFilter(ended::isEnded));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
