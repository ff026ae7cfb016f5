package app.lexdesk.core.records;

import java.util.List;

/**
 * What the record core needs to know of the tenant's workflows, implemented by the workflows module (which knows
 * records, while records know nothing of it): where a new record starts, what a status is called, where a record
 * may go from it. Called in the current tenant, inside or outside a transaction.
 */
public interface RecordWorkflow {

    /** The status new records of {@code kind} take. */
    String initialStatus(RecordKind kind);

    /** The status {@code code} of {@code kind}'s workflow, or {@link RecordStatus#unknown} if it has none. */
    RecordStatus status(RecordKind kind, String code);

    /** The statuses a record of {@code kind} may move to from {@code code}, in the workflow's order. */
    List<RecordStatus> transitionsFrom(RecordKind kind, String code);
}
