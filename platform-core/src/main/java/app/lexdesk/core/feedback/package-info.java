/**
 * Feedback: once a record is closed (its status in the CLOSED category), its requester may rate the answer from 1 to
 * 5 with a short comment — one feedback per record, which they may change while it stays closed. Staff read it on the
 * record, and the back office's home shows the average per board over the last 90 days. Points at a record by
 * {@code (tenant_id, record_id)}; the boards come from the matters module's API (one query), never from its table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package app.lexdesk.core.feedback;
