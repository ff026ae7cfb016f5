package app.lexdesk.core.attachments;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a file or folder itself says about the requester seeing it. {@link #FOLLOW_FOLDER} leaves it to the folder
 * it is in; at the top level of a record, following nothing means hidden. So sharing a folder shares everything in
 * it that does not say otherwise, and a file set to {@link #HIDDEN} stays hidden in a shared folder (and one set to
 * {@link #VISIBLE} is seen in a hidden one, without the hidden folder's name).
 */
@Schema(enumAsRef = true)
public enum FileVisibility {
    FOLLOW_FOLDER, VISIBLE, HIDDEN;

    /** The setting a {@code visible_to_portal} column holds: null follows the folder. */
    public static FileVisibility of(Boolean column) {
        return column == null ? FOLLOW_FOLDER : column ? VISIBLE : HIDDEN;
    }

    public Boolean column() {
        return this == FOLLOW_FOLDER ? null : this == VISIBLE;
    }
}
