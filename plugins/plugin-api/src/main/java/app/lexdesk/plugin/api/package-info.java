/**
 * The contracts Lexdesk plugins compile against. Small, stable and versioned: it depends on pf4j only (and
 * only at compile time), never on Spring, JPA or Vaadin. Two extension points: {@link
 * app.lexdesk.plugin.api.RequestClassifier} (where a request belongs) and {@link
 * app.lexdesk.plugin.api.NotificationChannel} (delivering a rendered notification, since 1.1.0); each receives its
 * tenant as an explicit parameter and never looks it up.
 */
package app.lexdesk.plugin.api;
