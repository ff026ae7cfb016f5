package app.lexdesk.core.participants;

/** The part a person or company plays on a record, beside its requester and company. */
public enum ParticipantRole { OPPOSING_PARTY, OUTSIDE_COUNSEL, INTERNAL_STAKEHOLDER, OTHER }
