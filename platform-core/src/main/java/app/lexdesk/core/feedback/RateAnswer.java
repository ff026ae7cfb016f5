package app.lexdesk.core.feedback;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.shared.Texts;

/**
 * Command: rate the answer to one's request, from 1 (poor) to 5 (excellent), with an optional plain-text comment.
 *
 * @throws InvalidParameterException naming the field at fault ({@code rating}, {@code comment})
 */
public record RateAnswer(Integer rating, String comment) {

    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int COMMENT_MAX = 2_000;

    public RateAnswer {
        if (rating == null) {
            throw new InvalidParameterException("rating", "required", "rating is required: 1 to 5.");
        }
        if (rating < RATING_MIN || rating > RATING_MAX) {
            throw new InvalidParameterException("rating", "out-of-range", "rating is from 1 to 5.");
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.length() > COMMENT_MAX) {
            throw new InvalidParameterException("comment", "too-long", "comment is at most " + COMMENT_MAX
                    + " characters.");
        }
        if (Texts.hasControlCharacters(comment)) {
            throw new InvalidParameterException("comment", "invalid-characters", "comment contains control characters.");
        }
    }
}
