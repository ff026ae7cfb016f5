package app.lexdesk.core.contracts;

import app.lexdesk.core.records.RecordFilter;

/** What Contracts &amp; documents shows: {@code contractType} null for all, then the lists' common filter. */
public record ContractQuery(String contractType, RecordFilter filter) {

    public ContractQuery {
        filter = filter == null ? RecordFilter.none() : filter;
    }
}
