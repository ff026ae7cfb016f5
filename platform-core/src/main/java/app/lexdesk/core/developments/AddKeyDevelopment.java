package app.lexdesk.core.developments;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.shared.Texts;
import java.time.LocalDate;

/**
 * Command: record a key development. Whether the requester sees it is a choice the author makes every time, so
 * {@code visibleToRequester} has no default: null is refused.
 *
 * @throws InvalidParameterException naming the field at fault
 */
public record AddKeyDevelopment(LocalDate date, String title, String text, Boolean visibleToRequester) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;

    public AddKeyDevelopment {
        if (date == null) {
            throw new InvalidParameterException("date", "required", "date is required.");
        }
        if (date.getYear() < 1900 || date.getYear() > 2999) {
            throw new InvalidParameterException("date", "out-of-range", "date is between 1900 and 2999.");
        }
        title = title == null ? null : title.strip();
        if (title == null || title.isEmpty()) {
            throw new InvalidParameterException("title", "required", "title is required.");
        }
        if (title.length() > TITLE_MAX) {
            throw new InvalidParameterException("title", "too-long", "title is at most " + TITLE_MAX + " characters.");
        }
        if (Texts.hasControlCharacters(title)) {
            throw new InvalidParameterException("title", "invalid-characters", "title contains control characters.");
        }
        text = text == null ? "" : text.strip();
        if (Texts.hasControlCharacters(text)) {
            throw new InvalidParameterException("text", "invalid-characters", "text contains control characters.");
        }
        if (text.length() > TEXT_MAX) {
            throw new InvalidParameterException("text", "too-long", "text is at most " + TEXT_MAX + " characters.");
        }
        if (visibleToRequester == null) {
            throw new InvalidParameterException("visibleToRequester", "required",
                    "visibleToRequester is required: choose whether the requester sees this development.");
        }
    }
}
