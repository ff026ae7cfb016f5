package app.lexdesk.core.participants;

import app.lexdesk.core.records.RecordRef;

/**
 * A record a person or company appears on, and how: as its {@code REQUESTER}, {@code COMPANY} or {@code ASSIGNEE},
 * or in a {@link ParticipantRole} (its name).
 */
public record Involvement(RecordRef record, String as) {
}
