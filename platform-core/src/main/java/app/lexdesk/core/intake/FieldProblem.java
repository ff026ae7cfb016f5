package app.lexdesk.core.intake;

/**
 * One problem with submitted input. {@code field} is the path ({@code subject}, {@code fields.amount});
 * {@code code} a stable key UIs translate ({@code required}, {@code too-long}, …); {@code message} English.
 */
public record FieldProblem(String field, String code, String message) {
}
