package app.lexdesk.core.responses;

import app.lexdesk.core.tenancy.CurrentTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A record's first answer is still awaited and became at risk (one business day or less left) or late (its expected
 * day is over), told once per state, published by the reminder job in the transaction that marks it told. For the
 * legal team only: the requester sees the expected day, not our alarm.
 *
 * @param state {@link ResponseState#AT_RISK} or {@link ResponseState#LATE}
 */
public record ExpectedAnswerOverdue(CurrentTenant tenant, UUID recordId, ResponseState state, LocalDate expectedBy,
        Instant at) {

    public boolean visibleToRequester() {
        return false;
    }
}
