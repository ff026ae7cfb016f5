package app.lexdesk.core.intake;

/** A request about a matter (lands on a board) or a contract (lands in Contracts &amp; documents). */
public enum RequestKind { MATTER, CONTRACT }
