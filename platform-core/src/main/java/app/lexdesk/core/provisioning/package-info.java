/**
 * Provisioning: sets up a tenant's rows in one go — the tenant, its companies, people and memberships —
 * idempotently, so the dev run, tests and tenant admin can all call it again safely. Identity-provider
 * objects (Keycloak organizations and users) are made by the caller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provisioning")
package app.lexdesk.core.provisioning;
