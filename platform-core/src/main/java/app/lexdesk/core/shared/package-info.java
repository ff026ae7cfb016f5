/**
 * Building blocks every feature may use (an open module): persistence base classes and the rule for what text may
 * be stored; nothing domain-specific lives here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        displayName = "Shared")
package app.lexdesk.core.shared;
