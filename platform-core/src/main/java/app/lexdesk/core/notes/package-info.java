/**
 * Notes on a matter or contract: plain text the legal team writes, each either INTERNAL (the legal team only) or
 * SHARED with the requester — a choice the author makes every time. Points at a record by
 * {@code (tenant_id, record_id)}; posting is rate-limited per person and tenant. Staff read every note, a requester
 * only the shared notes of their own records, as a different type.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notes")
package app.lexdesk.core.notes;
