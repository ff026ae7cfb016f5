/**
 * Browser sessions of the Vaadin applications: however active a person is, a session ends after
 * {@code lexdesk.session.absolute-timeout} (12 hours by default) and the next request logs in again, so a
 * stolen or forgotten session cookie does not work forever. Idle expiry stays the servlet container's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions")
package app.lexdesk.core.sessions;
