/**
 * Events: upkeep of Spring Modulith's event publication registry, where every domain event waits until each of its
 * listeners has completed. Publications a listener has not completed after a while (it failed, or its node stopped)
 * are published again, so an event reaches its listeners at least once. The registry is Modulith's JPA one, with its
 * serializer and its completion of a publication made cheaper (same rows, same transactions).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package app.lexdesk.core.events;
