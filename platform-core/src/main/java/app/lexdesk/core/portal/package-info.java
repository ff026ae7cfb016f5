/**
 * The client portal's read model: a requester's requests (paged, filtered, exported) and one request as its
 * requester sees it — status with its history, assignee, description, visible developments, shared notes, visible
 * files, the visible timeline — and what a requester does there (reply, send files, name colleagues). Who besides
 * the requester sees a request (colleagues of the same company when the tenant allows, colleagues named on it) is
 * decided here and applied to every requester-facing query through {@code RequesterAccessPolicy}. The UI and the
 * REST API read the same types; staff preview a record through them too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Client portal")
package app.lexdesk.core.portal;
