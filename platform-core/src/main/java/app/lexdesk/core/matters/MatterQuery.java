package app.lexdesk.core.matters;

/**
 * What a board shows: {@code board} null for All; {@code search} matches reference, title, requester and
 * company; {@code origin} null for both.
 */
public record MatterQuery(String board, String search, Origin origin) {

    public static MatterQuery all() {
        return new MatterQuery(null, null, null);
    }
}
