package app.lexdesk.core.tenancy;

/**
 * Where a tenant's people log in: the issuer of its Keycloak realm and the alias of its Keycloak Organization. For
 * platform code that speaks to Keycloak on the tenant's behalf (invitations, organization domains).
 */
public record TenantLogin(String issuer, String organization) {
}
