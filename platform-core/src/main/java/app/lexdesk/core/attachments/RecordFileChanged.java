package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A record's files or folders changed (other than their visibility: {@link FileVisibilityChanged}), published in
 * the same transaction. {@code before} and {@code after} hold the facts that changed (name, folder, version).
 *
 * @param byRequester the requester sent the file from the portal
 */
public record RecordFileChanged(CurrentTenant tenant, String recordKind, UUID recordId, Action action, UUID itemId,
        String name, Map<String, Object> before, Map<String, Object> after, boolean byRequester, UUID actorId,
        Instant at) {

    public enum Action {
        FOLDER_CREATED, FOLDER_RENAMED, FOLDER_MOVED, FOLDER_DELETED, FOLDER_RESTORED,
        FILE_ADDED, FILE_RENAMED, FILE_MOVED, FILE_DELETED, FILE_RESTORED, VERSION_ADDED;

        /** The activity action this change is recorded as, e.g. {@code attachment.folder-created}. */
        public String activityAction() {
            return "attachment." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public RecordFileChanged {
        before = before == null ? null : Map.copyOf(before);
        after = after == null ? null : Map.copyOf(after);
    }
}
