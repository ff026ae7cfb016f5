package app.lexdesk.core.records;

/**
 * Which specialisation a record is. Stored once on the record's identity row; what points at a record (notes,
 * files, activity) uses its id, not this.
 */
public enum RecordKind { MATTER, CONTRACT }
