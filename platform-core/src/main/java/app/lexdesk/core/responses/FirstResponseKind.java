package app.lexdesk.core.responses;

/** What the legal team's first response to a requester was. */
public enum FirstResponseKind { SHARED_NOTE, VISIBLE_DEVELOPMENT, STATUS_CHANGE }
