package app.lexdesk.core.workflows;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.workflows.internal.WorkflowCatalogue;
import app.lexdesk.core.workflows.internal.WorkflowStatusEntity;
import app.lexdesk.core.workflows.internal.WorkflowStatusRepository;
import app.lexdesk.core.workflows.internal.WorkflowTransitionEntity;
import app.lexdesk.core.workflows.internal.WorkflowTransitionRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's workflows: read by the legal team, changed by its administrators (checked here). A change
 * applies to the next move of every record; records keep the status they are in.
 */
@Service
public class WorkflowService {

    private final WorkflowStatusRepository statuses;
    private final WorkflowTransitionRepository transitions;
    private final WorkflowCatalogue catalogue;
    private final RecordWorkService records;

    WorkflowService(WorkflowStatusRepository statuses, WorkflowTransitionRepository transitions,
            WorkflowCatalogue catalogue, RecordWorkService records) {
        this.statuses = statuses;
        this.transitions = transitions;
        this.catalogue = catalogue;
        this.records = records;
    }

    /** The workflow of {@code kind} (staff). */
    public Workflow workflow(RecordKind kind) {
        Administration.requireStaff();
        return catalogue.workflow(kind);
    }

    /** Every kind's workflow (staff). */
    public List<Workflow> workflows() {
        return Arrays.stream(RecordKind.values()).map(this::workflow).toList();
    }

    /**
     * Creates or changes the status {@code command.code()} of {@code kind}'s workflow and replaces the moves out of
     * it. Making a status initial takes that from the one that was; the initial status cannot stop being initial
     * other than so.
     *
     * @throws InvalidWorkflowException naming each field at fault; nothing is changed
     */
    @Transactional
    public Workflow saveStatus(RecordKind kind, SaveStatus command) {
        Administration.requireAdministrator();
        List<WorkflowStatusEntity> all = statuses.findByRecordKindOrderByPositionAscCodeAsc(kind);
        Map<String, WorkflowStatusEntity> byCode = all.stream().collect(Collectors.toMap(
                WorkflowStatusEntity::getCode, Function.identity()));
        List<WorkflowProblem> problems = new ArrayList<>();
        List<String> unknown = command.next().stream().filter(c -> !byCode.containsKey(c)).sorted().toList();
        if (!unknown.isEmpty()) {
            problems.add(new WorkflowProblem("next", "unknown-status", "No status " + String.join(", ", unknown)
                    + " in this workflow."));
        }
        WorkflowStatusEntity status = byCode.get(command.code());
        boolean wasInitial = status != null && status.isInitial();
        if (wasInitial && !command.initial()) {
            problems.add(new WorkflowProblem("initial", "one-initial",
                    "A workflow has one initial status: make another status initial instead."));
        }
        if (!all.isEmpty() && status == null && all.stream().noneMatch(WorkflowStatusEntity::isInitial)
                && !command.initial()) {
            problems.add(new WorkflowProblem("initial", "one-initial", "This workflow needs an initial status."));
        }
        if (all.isEmpty() && !command.initial()) {
            problems.add(new WorkflowProblem("initial", "one-initial", "The first status of a workflow is initial."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(problems);
        }
        boolean fresh = status == null;
        if (fresh) {
            int position = all.stream().mapToInt(WorkflowStatusEntity::getPosition).max().orElse(-1) + 1;
            status = new WorkflowStatusEntity(kind, command.code(), position);
        }
        status.describe(command.nameEn(), command.nameFr(), command.portalLabelEn(), command.portalLabelFr(),
                command.category(), command.finalStatus());
        if (fresh) {
            // Described before it is saved: the insert takes the entity as it is when saved.
            status = statuses.save(status);
            byCode.put(status.getCode(), status);
        }
        if (command.initial() && !wasInitial) {
            // The partial unique index allows one initial status: clear the old one before setting the new.
            all.stream().filter(WorkflowStatusEntity::isInitial).forEach(s -> s.setInitial(false));
            statuses.flush();
            status.setInitial(true);
        }
        transitions.deleteFrom(status.getId());
        for (String next : command.next()) {
            transitions.save(new WorkflowTransitionEntity(status.getId(), byCode.get(next).getId()));
        }
        statuses.flush();
        catalogue.evict();
        return catalogue.workflow(kind);
    }

    /**
     * Deletes a status no record is in, with the moves to and from it.
     *
     * @throws StatusInUseException when records are in it
     * @throws InvalidWorkflowException when it is the initial status or does not exist
     */
    @Transactional
    public Workflow deleteStatus(RecordKind kind, String code) {
        Administration.requireAdministrator();
        WorkflowStatusEntity status = statuses.findByRecordKindAndCode(kind, code).orElseThrow(() ->
                new InvalidWorkflowException("code", "unknown-status", "No status " + code + " in this workflow."));
        if (status.isInitial()) {
            throw new InvalidWorkflowException("initial", "initial-status",
                    "New records start in this status: make another status initial before deleting it.");
        }
        long inUse = records.countInStatus(kind, code);
        if (inUse > 0) {
            throw new StatusInUseException(code, inUse);
        }
        statuses.delete(status);
        statuses.flush();
        catalogue.evict();
        return catalogue.workflow(kind);
    }

    /** Creates {@code kind}'s workflow as given when the tenant has none for it yet (provisioning). */
    @Transactional
    public void ensureDefaults(RecordKind kind, List<RecordStatus> defaults, List<Transition> moves) {
        Administration.requireAdministrator();
        if (!statuses.findByRecordKindOrderByPositionAscCodeAsc(kind).isEmpty()) {
            return;
        }
        Map<String, WorkflowStatusEntity> byCode = new HashMap<>();
        for (RecordStatus s : defaults) {
            WorkflowStatusEntity row = new WorkflowStatusEntity(kind, s.code(), s.position());
            row.describe(s.nameEn(), s.nameFr(), s.portalLabelEn(), s.portalLabelFr(), s.category(), s.finalStatus());
            row.setInitial(s.initial());
            byCode.put(s.code(), statuses.save(row));
        }
        for (Transition move : moves) {
            transitions.save(new WorkflowTransitionEntity(byCode.get(move.from()).getId(),
                    byCode.get(move.to()).getId()));
        }
        catalogue.evict();
    }

    /** The status {@code code} of {@code kind}, if the workflow has it. */
    public Optional<RecordStatus> status(RecordKind kind, String code) {
        return workflow(kind).status(code);
    }
}
