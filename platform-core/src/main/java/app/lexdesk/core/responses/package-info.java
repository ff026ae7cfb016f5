/**
 * Expected responses: a request type may promise a first answer within so many business days of the tenant's
 * calendar; this module keeps, per record, the day its requester was promised (fixed at submission) and when staff
 * first responded — the first shared note, visible key development or status change by someone other than the
 * requester — learnt from the notes', developments' and records' events after they committed, idempotently. It
 * answers the portal ("expected answer by …", until answered) and the staff lists (on time, at risk, late,
 * answered) for a page of records in one query.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expected responses")
package app.lexdesk.core.responses;
