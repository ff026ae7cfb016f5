package app.lexdesk.core.onboarding.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KeycloakAdminProperties.class, OnboardingProperties.class})
class OnboardingConfiguration {
}
