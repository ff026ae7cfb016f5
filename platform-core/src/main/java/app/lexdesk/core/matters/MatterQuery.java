package app.lexdesk.core.matters;

import app.lexdesk.core.records.RecordFilter;

/** What a board shows: {@code board} null for All, then the lists' common {@link RecordFilter}. */
public record MatterQuery(String board, RecordFilter filter) {

    public MatterQuery {
        filter = filter == null ? RecordFilter.none() : filter;
    }

    public static MatterQuery all() {
        return new MatterQuery(null, RecordFilter.none());
    }
}
