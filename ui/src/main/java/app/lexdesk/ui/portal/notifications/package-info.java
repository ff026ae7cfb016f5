/** A requester's own notification preferences in the portal. */
package app.lexdesk.ui.portal.notifications;
