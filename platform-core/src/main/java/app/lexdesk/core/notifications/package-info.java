/**
 * Notifications: what the tenant's administrators configured to be told, to whom and through which channel, turned
 * into deliveries and sent — never lost, never twice.
 *
 * <p>Listeners on the features' domain events (after commit, through the event publication registry) plan each
 * occurrence: the enabled rules of its {@link NotificationEvent} whose filters match the record select recipients,
 * each recipient's preference applies to optional notifications, and one delivery per recipient and channel is
 * rendered (subject, text, HTML, link, in the recipient's language) and stored. A requester is only ever planned for
 * an event the portal shows, and what is rendered for them is read through the requester's own read models. Planning
 * twice (a listener retried) stores nothing twice.
 *
 * <p>Dispatchers on every node claim due deliveries with {@code FOR UPDATE SKIP LOCKED}, send them outside the claim's
 * transaction and record the outcome; a failure is retried with exponential backoff, a claim whose node stopped is
 * taken over once it runs out. Each delivery has one {@code Message-ID}, so a repeat after a crash is recognisable.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package app.lexdesk.core.notifications;
