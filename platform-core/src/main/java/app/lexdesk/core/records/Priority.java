package app.lexdesk.core.records;

/** How urgent the legal team rates a record; for staff only, never shown in the portal. */
public enum Priority { LOW, NORMAL, HIGH, URGENT }
