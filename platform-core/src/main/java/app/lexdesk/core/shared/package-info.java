/**
 * Persistence building blocks every feature may use (an open module): nothing domain-specific lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        displayName = "Shared")
package app.lexdesk.core.shared;
