/**
 * Workflows: per tenant and record kind, the statuses a matter or contract can be in (EN/FR names for staff, EN/FR
 * labels for the portal, a category, the initial and final ones) and the moves allowed between them. The record core
 * asks it through {@code records.RecordWorkflow} where a record starts and where it may go; administrators edit it
 * in Settings. A status a record is in cannot be deleted. Per-board workflows are not offered: every board of a
 * kind shares the kind's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflows")
package app.lexdesk.core.workflows;
