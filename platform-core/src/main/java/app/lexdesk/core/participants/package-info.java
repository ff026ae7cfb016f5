/**
 * People on a record: beside the requester and the requester's company (the record's own columns), the people and
 * companies with a role on a matter or contract — opposing party, outside counsel, internal stakeholder, other —
 * picked among the tenant's people and companies or recorded as new external contacts. Points at a record by
 * {@code (tenant_id, record_id)}. Also answers, for a person or a company, which records they appear on and how.
 * Who is on a record is the legal team's working knowledge, so none of it is shown to the requester.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People on records")
package app.lexdesk.core.participants;
