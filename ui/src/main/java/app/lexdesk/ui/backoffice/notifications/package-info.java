/** A member of the legal team's own notification preferences in the back office. */
package app.lexdesk.ui.backoffice.notifications;
