/**
 * Browser sessions of the Vaadin applications: however active a person is, a session ends after
 * {@code lexdesk.session.absolute-timeout} (12 hours by default), so a stolen or forgotten session cookie does
 * not work forever; and a session whose Keycloak session ended ends on every node, not only on the one that
 * Keycloak's back-channel logout reached. The next request logs in again. Idle expiry stays the container's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions")
package app.lexdesk.core.sessions;
