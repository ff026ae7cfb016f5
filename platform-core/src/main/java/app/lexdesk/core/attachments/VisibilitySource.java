package app.lexdesk.core.attachments;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why an item is visible to the requester or not: its own setting ({@link #ITEM}), the setting of a folder it
 * is in ({@link #FOLDER}, named beside it), or nothing anywhere ({@link #DEFAULT}: hidden).
 */
@Schema(enumAsRef = true)
public enum VisibilitySource {
    ITEM, FOLDER, DEFAULT
}
