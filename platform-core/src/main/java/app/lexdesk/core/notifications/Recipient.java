package app.lexdesk.core.notifications;

import java.util.Objects;

/**
 * One recipient of a rule.
 *
 * @param value the person id ({@link RecipientKind#PERSON}), the role key ({@link RecipientKind#ROLE}), the address
 *              ({@link RecipientKind#ADDRESS}); empty for the assignee and the requester
 */
public record Recipient(RecipientKind kind, String value) {

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        value = value == null ? "" : value.strip();
    }

    public static Recipient of(RecipientKind kind) {
        return new Recipient(kind, "");
    }
}
