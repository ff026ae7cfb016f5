package app.lexdesk.core.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A record's feedback as the legal team reads it.
 *
 * @param givenBy      the requester who gave it
 * @param firstGivenAt when it was first given
 * @param givenAt      when it was last given or changed
 */
public record FeedbackDetails(UUID recordId, int rating, String comment, UUID givenBy, Instant firstGivenAt,
        Instant givenAt) {

    public boolean changed() {
        return !givenAt.equals(firstGivenAt);
    }
}
