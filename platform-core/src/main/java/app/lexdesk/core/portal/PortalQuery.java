package app.lexdesk.core.portal;

import app.lexdesk.core.intake.RequestKind;

/**
 * A requester's list filter: words in the subject or reference, the scope, and the kind (null for both).
 *
 * @param text at most 200 characters, trimmed; empty for none
 */
public record PortalQuery(String text, PortalScope scope, RequestKind kind) {

    public PortalQuery {
        // Control characters find nothing and PostgreSQL refuses the NUL byte outright.
        text = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        scope = scope == null ? PortalScope.ALL : scope;
    }

    public static PortalQuery all() {
        return new PortalQuery("", PortalScope.ALL, null);
    }
}
