/**
 * Tenant admin: the platform operators' application. It never opens a tenant's data; it manages tenants
 * through platform-level services of the core and, for identities, the Keycloak admin API.
 */
package app.lexdesk.admin;
