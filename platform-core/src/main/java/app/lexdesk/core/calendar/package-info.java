/**
 * The tenant's calendar: which weekdays its legal team works, when its working day ends and its public holidays,
 * so that promises made in business days ({@code responses}) mean the department's own business days. One small
 * setting per tenant, which administrators edit in Settings; a tenant that never did works Monday to Friday until
 * 18:00. Dates are those of the zone the product shows every date in (Europe/Paris).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package app.lexdesk.core.calendar;
