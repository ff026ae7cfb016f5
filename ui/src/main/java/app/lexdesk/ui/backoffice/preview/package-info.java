/**
 * "Preview as requester" on the record page: staff check, before sharing more, exactly what the record's requester
 * sees in the portal. The core builds it as the requester ({@code PortalService.preview}); the dialog shows the
 * portal's own request component, read only.
 */
package app.lexdesk.ui.backoffice.preview;
