package app.lexdesk.core.records;

/**
 * How many records of a kind are in {@code status}, within {@code group} (a matter's board; null for contracts and
 * for matters on no board).
 */
public record StatusCount(String group, String status, long count) {
}
