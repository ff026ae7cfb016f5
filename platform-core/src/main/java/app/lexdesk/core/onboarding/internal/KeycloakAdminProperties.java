package app.lexdesk.core.onboarding.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the application reaches Keycloak's admin API ({@code lexdesk.keycloak.admin.*}): the server, the realm the
 * credentials belong to, and either a confidential client's secret (a service account: client credentials) or a
 * user's name and password (password grant, with {@code admin-cli} for instance). The realm acted on is always the
 * tenants' realm, taken from {@code lexdesk.identity.issuer}.
 */
@ConfigurationProperties("lexdesk.keycloak.admin")
record KeycloakAdminProperties(String serverUrl, String realm, String clientId, String clientSecret, String username,
        String password) {

    boolean configured() {
        return hasText(serverUrl) && hasText(realm) && hasText(clientId)
                && (hasText(clientSecret) || hasText(username));
    }

    boolean serviceAccount() {
        return !hasText(username);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
