/**
 * Fair use between tenants: per-person and per-tenant rate limits on the work one caller can make the platform
 * do (submissions, uploads, notes), so one tenant's script cannot starve the others. Enforced in the core services,
 * so the portal and the API are limited alike; answered in the API with 429 and {@code Retry-After}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fair use")
package app.lexdesk.core.fairuse;
