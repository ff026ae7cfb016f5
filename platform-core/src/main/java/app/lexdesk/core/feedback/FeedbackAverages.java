package app.lexdesk.core.feedback;

import java.time.Instant;
import java.util.Map;

/**
 * The requesters' ratings given or changed since {@code since}, as the back office's home shows them: per board of
 * the matters, for matters on no board, for contracts, and for all records.
 *
 * @param boards by board code; a board with no rating has no entry
 */
public record FeedbackAverages(Instant since, Map<String, RatingAverage> boards, RatingAverage unclassified,
        RatingAverage contracts, RatingAverage all) {

    public FeedbackAverages {
        boards = Map.copyOf(boards);
    }

    public RatingAverage board(String code) {
        return boards.getOrDefault(code, RatingAverage.NONE);
    }
}
