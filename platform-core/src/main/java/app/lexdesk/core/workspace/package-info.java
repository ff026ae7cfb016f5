/**
 * The record workspace over REST: notes, key developments, people and activity of a matter or contract, addressed
 * by the record's reference, and the records people and companies appear on. It sits above the record kinds: it
 * resolves a reference through the kind's service (which checks staff and tenant) and hands the record's id to the
 * features below, which know nothing of matters or contracts. Nothing but controllers lives here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Record workspace API")
package app.lexdesk.core.workspace;
