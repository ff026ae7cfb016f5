package app.lexdesk.core.matters;

/** Where a record came from: the client portal (green stripe, "From portal") or the legal team itself. */
public enum Origin { PORTAL, INTERNAL }
