package app.lexdesk.core.contracts;

import app.lexdesk.core.records.RecordFilter;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What Contracts &amp; documents shows: {@code contractType} null for all, then the lists' common filter, then the
 * contracts' own: a value of at least {@code minValue}, an end date between {@code endsFrom} and {@code endsBy}
 * (either bound may be null; "ends within 90 days" is today to today + 90).
 */
public record ContractQuery(String contractType, RecordFilter filter, BigDecimal minValue, LocalDate endsFrom,
        LocalDate endsBy) {

    public ContractQuery {
        filter = filter == null ? RecordFilter.none() : filter;
    }

    public ContractQuery(String contractType, RecordFilter filter) {
        this(contractType, filter, null, null, null);
    }

    /** The same query, for the contracts that end between {@code today} and {@code days} days later. */
    public ContractQuery endingWithin(LocalDate today, int days) {
        return new ContractQuery(contractType, filter, minValue, today, today.plusDays(days));
    }
}
