package app.lexdesk.core.workflows;

/** One thing wrong with a status an administrator saves: the field ({@code code}, {@code nameEn}, …), a code, a message. */
public record WorkflowProblem(String field, String code, String message) {
}
