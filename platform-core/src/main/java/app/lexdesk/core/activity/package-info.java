/**
 * Activity: every change to a request, matter or contract writes who did what, before and after, and when. It
 * listens to the features' domain events (after their commit, through the event publication registry) instead of
 * being called by them. The portal timeline is the subset marked visible to the requester; such entries carry only
 * portal-safe facts, which the service enforces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity")
package app.lexdesk.core.activity;
