package app.lexdesk.core.workflows;

import java.util.List;

/** A workflow change refused, naming each field at fault; nothing was changed. */
public class InvalidWorkflowException extends RuntimeException {

    private final List<WorkflowProblem> problems;

    public InvalidWorkflowException(List<WorkflowProblem> problems) {
        super(problems.stream().map(WorkflowProblem::message).reduce((a, b) -> a + " " + b).orElse("Invalid workflow"));
        this.problems = List.copyOf(problems);
    }

    public InvalidWorkflowException(String field, String code, String message) {
        this(List.of(new WorkflowProblem(field, code, message)));
    }

    public List<WorkflowProblem> problems() {
        return problems;
    }
}
