/**
 * Records: what matters and contracts share — reference, title, description, status, assignee, priority, due date,
 * origin, requester, company, the request link, created/updated and a version for optimistic locking — with one
 * filter model, one list query and one way of reading people's and companies' names; the kinds add only their own
 * columns ({@code persistence} is the mapping they extend). The legal team's work on any record — workflow moves,
 * assignment, description, priority, due date, each naming the version it read — is written once here
 * ({@code RecordWorkService}, over each kind's {@code RecordStore}) and published as past-tense events; where a
 * record may move comes from the workflows module through {@code RecordWorkflow}, which records declare and know
 * nothing else of.
 *
 * <p>Why a mapped superclass plus a thin {@code record} identity table, not a joined {@code record} table holding
 * the shared columns: the boards' list query filters and sorts on shared columns (status, assignee, created) and on
 * the kind's own (board, contract type) together, which one table serves with one index led by {@code tenant_id}
 * (no join on 1M rows whose filters sit in two tables), and each table keeps its own RLS policy. The identity row
 * {@code record (tenant_id, id, kind)} is what the kinds' rows reference by composite key {@code (tenant_id, id)},
 * and what notes, key developments, people on a record and activity reference by {@code (tenant_id, record_id)},
 * never through a kind string (files still name a kind and move to the same key with the record files issue); every
 * table stays keyed by {@code tenant_id}, so they are co-located when distributed by tenant (Citus).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package app.lexdesk.core.records;
