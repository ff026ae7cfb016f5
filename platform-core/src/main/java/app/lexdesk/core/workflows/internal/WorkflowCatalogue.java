package app.lexdesk.core.workflows.internal;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkflow;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import app.lexdesk.core.workflows.Transition;
import app.lexdesk.core.workflows.Workflow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's workflows as the record core reads them, from memory when recently read (a record page asks for its
 * status and moves on every read). Writers evict.
 */
@Component
public class WorkflowCatalogue implements RecordWorkflow {

    private final WorkflowStatusRepository statuses;
    private final WorkflowTransitionRepository transitions;
    private final TenantCache<RecordKind, Workflow> cache;
    private final TransactionTemplate readOnly;

    WorkflowCatalogue(WorkflowStatusRepository statuses, WorkflowTransitionRepository transitions,
            TenantCaches caches, PlatformTransactionManager transactionManager) {
        this.statuses = statuses;
        this.transitions = transitions;
        this.cache = caches.create(10_000);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public Workflow workflow(RecordKind kind) {
        return cache.get(kind, k -> readOnly.execute(s -> load(k)));
    }

    public void evict() {
        cache.evict();
    }

    @Override
    public String initialStatus(RecordKind kind) {
        return workflow(kind).initial().map(RecordStatus::code).orElseThrow(() -> new IllegalStateException(
                "The tenant has no initial " + kind + " status; provision its workflows first"));
    }

    @Override
    public RecordStatus status(RecordKind kind, String code) {
        return workflow(kind).status(code).orElseGet(() -> RecordStatus.unknown(code));
    }

    @Override
    public List<RecordStatus> transitionsFrom(RecordKind kind, String code) {
        return workflow(kind).from(code);
    }

    private Workflow load(RecordKind kind) {
        List<WorkflowStatusEntity> rows = statuses.findByRecordKindOrderByPositionAscCodeAsc(kind);
        Map<UUID, String> codes = rows.stream().collect(Collectors.toMap(WorkflowStatusEntity::getId,
                WorkflowStatusEntity::getCode));
        List<Transition> moves = codes.isEmpty() ? List.of() : transitions.findByFromStatusIdIn(codes.keySet())
                .stream().filter(t -> codes.containsKey(t.getToStatusId()))
                .map(t -> new Transition(codes.get(t.getFromStatusId()), codes.get(t.getToStatusId())))
                .sorted(Comparator.comparing(Transition::from).thenComparing(Transition::to)).toList();
        return new Workflow(kind, rows.stream().map(WorkflowStatusEntity::view).toList(), moves);
    }
}
