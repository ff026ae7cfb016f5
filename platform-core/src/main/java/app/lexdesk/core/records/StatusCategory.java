package app.lexdesk.core.records;

/** What a status means for the work on a record: still to do, waiting on someone else, or done. */
public enum StatusCategory { OPEN, WAITING, CLOSED }
