/**
 * The tenants' Vaadin application: the back office ({@code /t/{tenant}/app}) for the legal team and the
 * client portal ({@code /t/{tenant}/portal}) for requesters. Views receive read models from platform-core
 * services; tenant checks happen in {@link app.lexdesk.ui.common.TenantGuard} and in the core.
 */
package app.lexdesk.ui;
