package app.lexdesk.core.responses;

/**
 * Where a record stands against its first-answer promise, on the day it is asked (in the tenant's calendar).
 */
public enum ResponseState {
    /** Not answered yet, and more than one business day before the expected day ends. */
    ON_TIME,
    /** Not answered yet, and the expected day is today or the next business day. */
    AT_RISK,
    /** Not answered, and the expected day is over. */
    LATE,
    /** Staff responded, on time or not ({@link ResponseSummary#answeredLate()}). */
    ANSWERED
}
