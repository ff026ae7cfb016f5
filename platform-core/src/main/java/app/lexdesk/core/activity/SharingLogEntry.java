package app.lexdesk.core.activity;

import java.time.Instant;
import java.util.List;

/**
 * One change of what the requester sees of a record's files: who changed which file or folder, when, from which
 * setting to which ({@code FOLLOW_FOLDER}, {@code VISIBLE}, {@code HIDDEN}), and the files the requester gained
 * ({@code shared}) or lost ({@code hidden}) by it.
 *
 * @param path where the item is ("Contracts / Drafts"), empty at the record's top level
 */
public record SharingLogEntry(Instant at, String actorName, boolean folder, String item, String path,
        String before, String after, List<String> shared, List<String> hidden) {

    public SharingLogEntry {
        shared = List.copyOf(shared);
        hidden = List.copyOf(hidden);
    }
}
