/**
 * Matters: legal files worked by the legal team, each on a board (Corporate, Litigation, Intellectual
 * property, or a tenant's own). Matters opened from the portal keep their request, requester and company.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matters")
package app.lexdesk.core.matters;
