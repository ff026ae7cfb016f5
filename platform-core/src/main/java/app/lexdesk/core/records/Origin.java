package app.lexdesk.core.records;

/** Where a record came from: the client portal (green stripe, "From portal") or the legal team itself. */
public enum Origin { PORTAL, INTERNAL }
