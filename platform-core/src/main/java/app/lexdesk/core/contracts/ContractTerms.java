package app.lexdesk.core.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract's terms as the contracts team records them; any may be unknown (null) while it is drafted. */
public record ContractTerms(String contractType, List<Party> parties, BigDecimal value, String currency,
        LocalDate startDate, LocalDate endDate, LocalDate renewalDate, LocalDate noticeDate) {

    public ContractTerms {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
