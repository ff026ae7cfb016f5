package app.lexdesk.core.notes;

/** Who reads a note: the legal team only, or the requester too. */
public enum NoteVisibility { INTERNAL, SHARED }
