package app.lexdesk.core.responses;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A record's first-answer promise as the legal team reads it (lists, record page).
 *
 * @param targetDays        the business days its request type promised at submission
 * @param expectedBy        the business day by whose end a first answer was promised
 * @param firstResponseAt   when staff first responded, null while nobody has
 * @param firstResponseKind how, null while nobody has
 * @param answeredLate      whether the first response came after {@code expectedBy}; false while unanswered
 */
public record ResponseSummary(UUID recordId, ResponseState state, Instant submittedAt, int targetDays,
        LocalDate expectedBy, Instant firstResponseAt, FirstResponseKind firstResponseKind, boolean answeredLate) {

    public boolean answered() {
        return state == ResponseState.ANSWERED;
    }
}
