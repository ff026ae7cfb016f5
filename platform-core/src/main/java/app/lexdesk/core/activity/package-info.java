/**
 * Activity: every change to a request, matter or contract writes who did what, before and after, and when.
 * The portal timeline is the subset marked visible to the requester.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity")
package app.lexdesk.core.activity;
