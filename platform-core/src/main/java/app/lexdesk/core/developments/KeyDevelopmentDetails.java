package app.lexdesk.core.developments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A key development as the legal team reads it: every one, with its visibility and author. */
public record KeyDevelopmentDetails(UUID id, UUID recordId, LocalDate date, String title, String text,
        boolean visibleToRequester, UUID authorId, String authorName, Instant createdAt) {
}
