/**
 * Tenancy: which law department a piece of work belongs to. The tenant comes from the authenticated identity
 * (token issuer and {@code organization} claim, plus a Lexdesk membership), is held in {@link
 * app.lexdesk.core.tenancy.TenantContext} for the duration of a unit of work, and is enforced twice: by
 * Hibernate's tenant discriminator and by PostgreSQL row-level security on a per-transaction setting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package app.lexdesk.core.tenancy;
