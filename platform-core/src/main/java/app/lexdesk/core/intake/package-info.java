/**
 * Intake: what clients submit through the portal or the API. Request types (per tenant, with typed fields),
 * validation that stores nothing half-way, classification into a board or contract type, and the matter or
 * contract each request becomes, committed together with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package app.lexdesk.core.intake;
