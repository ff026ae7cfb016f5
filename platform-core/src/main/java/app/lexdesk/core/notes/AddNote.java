package app.lexdesk.core.notes;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.shared.Texts;

/**
 * Command: write a note. Plain text (line breaks kept; nothing in it is markup). The visibility is the author's
 * choice every time: null is refused, there is no default.
 *
 * @throws InvalidParameterException naming the field at fault
 */
public record AddNote(String text, NoteVisibility visibility) {

    public static final int TEXT_MAX = 10_000;

    public AddNote {
        text = text == null ? null : text.strip();
        if (text == null || text.isEmpty()) {
            throw new InvalidParameterException("text", "required", "text is required.");
        }
        if (text.length() > TEXT_MAX) {
            throw new InvalidParameterException("text", "too-long", "text is at most " + TEXT_MAX + " characters.");
        }
        if (Texts.hasControlCharacters(text)) {
            throw new InvalidParameterException("text", "invalid-characters", "text contains control characters.");
        }
        if (visibility == null) {
            throw new InvalidParameterException("visibility", "required",
                    "visibility is required: INTERNAL or SHARED with the requester.");
        }
    }
}
