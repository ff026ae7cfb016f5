package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The legal team changed what a file or folder says about the requester seeing it, published in the same
 * transaction. It says what the requester sees as a result: the files that became visible ({@code shared}) and
 * those that stopped being visible ({@code hidden}), by the rule of {@link FileVisibility} — a folder's change
 * reaches every file that follows it. The change itself is for the legal team only (the sharing log).
 *
 * @param folder whether the item is a folder; {@code path} is where it is ("Contracts / Drafts"), empty at the top
 */
public record FileVisibilityChanged(CurrentTenant tenant, String recordKind, UUID recordId, UUID itemId,
        boolean folder, String name, String path, FileVisibility before, FileVisibility after,
        List<FileRef> shared, List<FileRef> hidden, UUID actorId, Instant at) {

    /** A file whose visibility to the requester changed. */
    public record FileRef(UUID id, String filename) {
    }

    public FileVisibilityChanged {
        shared = List.copyOf(shared);
        hidden = List.copyOf(hidden);
    }

    public boolean visibleToRequester() {
        return false;
    }
}
