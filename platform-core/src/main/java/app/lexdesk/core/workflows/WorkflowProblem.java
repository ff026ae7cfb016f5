package app.lexdesk.core.workflows;

/** One thing wrong with a status an administrator saves: the field ({@code code}, {@code nameEn}, …), code, message. */
public record WorkflowProblem(String field, String code, String message) {
}
