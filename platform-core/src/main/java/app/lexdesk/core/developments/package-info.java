/**
 * Key developments: the dated milestones of a matter or contract (a hearing set, a draft received), each with an
 * explicit choice of whether the requester sees it. Points at a record by {@code (tenant_id, record_id)}; staff read
 * every development, a requester only the visible ones of their own records, as a different type.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Key developments")
package app.lexdesk.core.developments;
