package app.lexdesk.core.workflows;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import java.util.List;
import java.util.Optional;

/** A record kind's workflow in the current tenant: its statuses in order and the moves between them. */
public record Workflow(RecordKind kind, List<RecordStatus> statuses, List<Transition> transitions) {

    public Workflow {
        statuses = List.copyOf(statuses);
        transitions = List.copyOf(transitions);
    }

    public Optional<RecordStatus> status(String code) {
        return statuses.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<RecordStatus> initial() {
        return statuses.stream().filter(RecordStatus::initial).findFirst();
    }

    /** Where a record in {@code code} may move, in the workflow's order. */
    public List<RecordStatus> from(String code) {
        return statuses.stream().filter(s -> transitions.contains(new Transition(code, s.code()))).toList();
    }
}
