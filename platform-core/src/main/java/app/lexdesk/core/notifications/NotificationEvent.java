package app.lexdesk.core.notifications;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What can be notified. Each event says once whether the portal shows it: only those may reach a requester (the
 * rules refuse a requester recipient for the others, and planning never selects one).
 */
public enum NotificationEvent {
    REQUEST_SUBMITTED("request-submitted", true),
    RECORD_OPENED("record-opened", false),
    STATUS_CHANGED("status-changed", true),
    ASSIGNEE_CHANGED("assignee-changed", true),
    VISIBLE_DEVELOPMENT_ADDED("visible-development-added", true),
    INTERNAL_DEVELOPMENT_ADDED("internal-development-added", false),
    SHARED_NOTE_ADDED("shared-note-added", true),
    INTERNAL_NOTE_ADDED("internal-note-added", false),
    FILE_SHARED("file-shared", true),
    REQUESTER_REPLIED("requester-replied", false),
    REQUESTER_UPLOADED("requester-uploaded", false),
    ANSWER_AT_RISK("answer-at-risk", false),
    ANSWER_LATE("answer-late", false);

    private final String key;
    private final boolean visibleToRequester;

    NotificationEvent(String key, boolean visibleToRequester) {
        this.key = key;
        this.visibleToRequester = visibleToRequester;
    }

    /** The stable name stored in rules and deliveries and used in the API. */
    @JsonValue
    public String key() {
        return key;
    }

    /** Whether the portal shows what happened, so that a requester may be told. */
    public boolean visibleToRequester() {
        return visibleToRequester;
    }

    public static Optional<NotificationEvent> fromKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
