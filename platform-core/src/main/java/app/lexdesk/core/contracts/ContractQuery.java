package app.lexdesk.core.contracts;

/** Filter of the contracts list: {@code contractType} null for all; {@code search} over reference, title, parties. */
public record ContractQuery(String contractType, String search) {
}
