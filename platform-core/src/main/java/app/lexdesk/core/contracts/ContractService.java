package app.lexdesk.core.contracts;

import app.lexdesk.core.contracts.internal.ContractEntity;
import app.lexdesk.core.contracts.internal.ContractRepository;
import app.lexdesk.core.contracts.internal.ContractTypeEntity;
import app.lexdesk.core.contracts.internal.ContractTypeRepository;
import app.lexdesk.core.records.PersonName;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordOpened;
import app.lexdesk.core.records.Change;
import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.InvalidRecordChangeException;
import app.lexdesk.core.records.RecordService;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.records.StatusCount;
import app.lexdesk.core.records.WorkItem;
import app.lexdesk.core.records.persistence.RecordSpecifications;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.ReferenceService;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Contracts of the current tenant. */
@Service
public class ContractService {

    private final ContractRepository contracts;
    private final ContractTypeRepository types;
    private final ReferenceService references;
    private final RecordService records;
    private final RecordWorkService work;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TenantCache<TenantCache.Whole, List<ContractType>> typeCache;
    private final TransactionTemplate readOnly;

    ContractService(ContractRepository contracts, ContractTypeRepository types, ReferenceService references,
            RecordService records, RecordWorkService work, ApplicationEventPublisher events, TenantCaches caches,
            PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.typeCache = caches.create(10_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.contracts = contracts;
        this.types = types;
        this.references = references;
        this.records = records;
        this.work = work;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The tenant's contract types in their order (from memory when recently read). */
    public List<ContractType> types() {
        return typeCache.get(k -> readOnly.execute(s -> types.findAll(Sort.by("position", "code")).stream()
                .map(t -> new ContractType(t.getCode(), t.getNameEn(), t.getNameFr())).toList()));
    }

    public Set<String> typeCodes() {
        return types().stream().map(ContractType::code).collect(Collectors.toUnmodifiableSet());
    }

    @Transactional
    public void ensureTypes(List<ContractType> wanted) {
        Set<String> existing = typeCodes();
        int position = existing.size();
        for (ContractType type : wanted) {
            if (!existing.contains(type.code())) {
                types.save(new ContractTypeEntity(type.code(), type.nameEn(), type.nameFr(), position++));
            }
        }
        typeCache.evict();
    }

    /** Opens a contract and publishes {@link RecordOpened}; joins the caller's transaction. */
    @Transactional
    public ContractSummary open(OpenContract command) {
        if (command.contractType() != null && !typeCodes().contains(command.contractType())) {
            throw new IllegalArgumentException("Unknown contract type " + command.contractType());
        }
        ContractEntity contract = contracts.save(new ContractEntity(records.register(RecordKind.CONTRACT),
                references.next("CON"), command.title(), command.description(), command.contractType(),
                command.parties(), work.initialStatus(RecordKind.CONTRACT), command.origin(),
                command.requesterId(), command.companyId(), command.requestId(), clock.instant()));
        events.publishEvent(new RecordOpened(TenantContext.require(), RecordKind.CONTRACT, contract.getId(),
                contract.getReference(), TenantContext.member().map(TenantMember::personId).orElse(null),
                command.contractType(), command.classificationReason(), contract.getCreatedAt(),
                command.requestId()));
        return summary(contract);
    }

    /** The statuses the tenant's contracts are in, for the status filter. */
    @Transactional(readOnly = true)
    public List<String> statuses() {
        Administration.requireStaff();
        return contracts.findStatuses().stream().sorted().toList();
    }

    /** The people contracts are assigned to, by name, for the assignee filter. */
    @Transactional(readOnly = true)
    public List<PersonName> assignees() {
        Administration.requireStaff();
        return contracts.findAssignees().stream().sorted(Comparator.comparing(PersonName::name)).toList();
    }

    /** One page of the list; its size is {@link #count}'s to tell (a slice: no count query here). */
    @Transactional(readOnly = true)
    public List<ContractSummary> find(ContractQuery query, int offset, int limit, Sort sort) {
        Administration.requireStaff();
        int size = Math.max(1, limit);
        return contracts.findBy(spec(query), q -> q.slice(PageRequest.of(offset / size, size,
                        sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "createdAt") : sort)))
                .stream().map(ContractService::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(ContractQuery query) {
        Administration.requireStaff();
        return contracts.count(spec(query));
    }

    /**
     * The first {@code limit} contracts {@code filter} shows, in {@code sort} order, as the back office's home lists
     * them (my work, the triage queue).
     */
    @Transactional(readOnly = true)
    public List<WorkItem> workItems(RecordFilter filter, Sort sort, int limit) {
        Administration.requireStaff();
        return contracts.findAll(RecordSpecifications.<ContractEntity>matching(filter),
                        PageRequest.of(0, Math.max(1, limit), sort))
                .stream().map(c -> new WorkItem(c.getId(), RecordKind.CONTRACT, c.getReference(), c.getTitle(),
                        c.getStatus(), c.getOrigin(), c.getDueDate(), c.getCreatedAt(), c.getUpdatedAt())).toList();
    }

    /** How many contracts are in each status, in one grouped query; no row for zero. */
    @Transactional(readOnly = true)
    public List<StatusCount> countsByStatus() {
        Administration.requireStaff();
        return contracts.countByStatus().stream()
                .map(row -> new StatusCount(null, (String) row[0], ((Number) row[1]).longValue())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ContractSummary> findByReference(String reference) {
        Administration.requireStaff();
        return contracts.findByReference(reference).map(ContractService::summary);
    }

    /** A contract's page: what every record shows and its terms (staff). */
    @Transactional(readOnly = true)
    public Optional<ContractDetails> details(String reference) {
        Administration.requireStaff();
        return contracts.findByReference(reference).map(c -> new ContractDetails(work.header(RecordKind.CONTRACT, c),
                c.terms()));
    }

    /**
     * Changes what every record has and the contract's terms, in one change of one version: the description is
     * published as visible to the requester, the rest (priority, due date, terms) as staff-only ({@code
     * RecordUpdated}).
     *
     * @throws InvalidRecordChangeException naming the field that cannot take its value; nothing changes
     * @throws app.lexdesk.core.records.RecordChangedException when the contract is no longer at {@code version}
     */
    @Transactional
    public ContractDetails edit(String reference, long version, EditRecord record, EditContractTerms terms) {
        ContractEntity contract = (ContractEntity) work.forChange(RecordKind.CONTRACT, reference, version);
        ContractTerms was = contract.terms();
        ContractTerms next = new ContractTerms(value(terms.contractType(), was.contractType()),
                value(terms.parties(), was.parties()), value(terms.value(), was.value()),
                value(terms.currency(), was.currency()), value(terms.startDate(), was.startDate()),
                value(terms.endDate(), was.endDate()), value(terms.renewalDate(), was.renewalDate()),
                value(terms.noticeDate(), was.noticeDate()));
        check(next);
        work.apply(RecordKind.CONTRACT, contract, record);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        difference("contractType", was.contractType(), next.contractType(), before, after);
        difference("parties", parties(was), parties(next), before, after);
        difference("value", text(was.value()), text(next.value()), before, after);
        difference("currency", was.currency(), next.currency(), before, after);
        difference("startDate", text(was.startDate()), text(next.startDate()), before, after);
        difference("endDate", text(was.endDate()), text(next.endDate()), before, after);
        difference("renewalDate", text(was.renewalDate()), text(next.renewalDate()), before, after);
        difference("noticeDate", text(was.noticeDate()), text(next.noticeDate()), before, after);
        if (!after.isEmpty()) {
            contract.setTerms(next);
            work.published(RecordKind.CONTRACT, contract, before, after, false);
        }
        ContractEntity saved = work.flush(RecordKind.CONTRACT, contract);
        return new ContractDetails(work.header(RecordKind.CONTRACT, saved), saved.terms());
    }

    private void check(ContractTerms terms) {
        if (terms.contractType() != null && !typeCodes().contains(terms.contractType())) {
            throw new InvalidRecordChangeException("contractType", "unknown-contract-type",
                    "Choose one of the tenant's contract types.");
        }
        if (terms.value() != null && terms.currency() == null) {
            throw new InvalidRecordChangeException("currency", "required", "A value needs its currency.");
        }
        if (terms.startDate() != null && terms.endDate() != null && terms.endDate().isBefore(terms.startDate())) {
            throw new InvalidRecordChangeException("endDate", "before-start", "The end date is not before the start.");
        }
    }

    private static <T> T value(Change<T> change, T current) {
        return change == null ? current : change.value();
    }

    private static void difference(String field, Object was, Object next, Map<String, Object> before,
            Map<String, Object> after) {
        if (!Objects.equals(was, next)) {
            before.put(field, was);
            after.put(field, next);
        }
    }

    private static String parties(ContractTerms terms) {
        return terms.parties().stream().map(p -> p.name() + " (" + p.role() + ")").collect(Collectors.joining(", "));
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static Specification<ContractEntity> spec(ContractQuery query) {
        Specification<ContractEntity> spec = RecordSpecifications.matching(query.filter(), "parties");
        if (query.contractType() != null) {
            spec = spec.and((root, cq, cb) -> cb.equal(root.get("contractType"), query.contractType()));
        }
        if (query.minValue() != null) {
            spec = spec.and((root, cq, cb) -> cb.greaterThanOrEqualTo(root.get("value"), query.minValue()));
        }
        if (query.endsFrom() != null) {
            spec = spec.and((root, cq, cb) -> cb.greaterThanOrEqualTo(root.get("endDate"), query.endsFrom()));
        }
        if (query.endsBy() != null) {
            spec = spec.and((root, cq, cb) -> cb.lessThanOrEqualTo(root.get("endDate"), query.endsBy()));
        }
        return spec;
    }

    private static ContractSummary summary(ContractEntity c) {
        return new ContractSummary(c.getId(), c.getReference(), c.getTitle(), c.getContractType(), c.getParties(),
                c.getStatus(), c.getOrigin(), c.getRequesterName(), c.getCompanyName(),
                c.getAssigneeName(), c.getCreatedAt(), c.getRequestId(), c.getValue(), c.getCurrency(),
                c.getEndDate());
    }
}
