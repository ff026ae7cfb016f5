package app.lexdesk.core.contracts;

import app.lexdesk.core.records.RecordHeader;

/** A contract's page, for staff: what every record shows ({@code record}) and the contract's terms. */
public record ContractDetails(RecordHeader record, ContractTerms terms) {
}
