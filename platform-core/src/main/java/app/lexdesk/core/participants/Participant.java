package app.lexdesk.core.participants;

import java.time.Instant;
import java.util.UUID;

/**
 * A person or company with a role on a record. For a person: {@code personId}, their name, email, phone and
 * company; for a company: {@code companyId} and its name in {@code name} and {@code companyName}.
 */
public record Participant(UUID id, ParticipantRole role, UUID personId, UUID companyId, String name, String email,
        String phone, String companyName, Instant addedAt) {
}
