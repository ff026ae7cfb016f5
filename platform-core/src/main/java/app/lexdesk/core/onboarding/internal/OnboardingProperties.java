package app.lexdesk.core.onboarding.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lexdesk.onboarding.portal-url}: where a person lands after following an invitation link, with
 * {@code {tenant}} standing for the tenant's slug (e.g. {@code https://app.example.com/t/{tenant}/portal}). It becomes
 * the redirect URL of the tenant's Keycloak Organization when an invitation is sent; empty leaves the organization's
 * as it is (Keycloak's account console when none is set).
 */
@ConfigurationProperties("lexdesk.onboarding")
public record OnboardingProperties(String portalUrl) {

    public String portalUrl(String tenant) {
        return portalUrl == null || portalUrl.isBlank() ? null : portalUrl.replace("{tenant}", tenant);
    }
}
