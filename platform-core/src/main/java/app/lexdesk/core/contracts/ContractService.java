package app.lexdesk.core.contracts;

import app.lexdesk.core.contracts.internal.ContractEntity;
import app.lexdesk.core.contracts.internal.ContractRepository;
import app.lexdesk.core.contracts.internal.ContractTypeEntity;
import app.lexdesk.core.contracts.internal.ContractTypeRepository;
import app.lexdesk.core.records.PersonName;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordOpened;
import app.lexdesk.core.records.RecordService;
import app.lexdesk.core.records.persistence.RecordSpecifications;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.ReferenceService;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TenantCache<TenantCache.Whole, List<ContractType>> typeCache;
    private final TransactionTemplate readOnly;

    ContractService(ContractRepository contracts, ContractTypeRepository types, ReferenceService references,
            RecordService records, ApplicationEventPublisher events, TenantCaches caches, PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.typeCache = caches.create(10_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.contracts = contracts;
        this.types = types;
        this.references = references;
        this.records = records;
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
                command.parties(), command.origin(),
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

    @Transactional(readOnly = true)
    public Optional<ContractSummary> findByReference(String reference) {
        Administration.requireStaff();
        return contracts.findByReference(reference).map(ContractService::summary);
    }

    private static Specification<ContractEntity> spec(ContractQuery query) {
        Specification<ContractEntity> spec = RecordSpecifications.matching(query.filter(), "parties");
        return query.contractType() == null ? spec
                : spec.and((root, cq, cb) -> cb.equal(root.get("contractType"), query.contractType()));
    }

    private static ContractSummary summary(ContractEntity c) {
        return new ContractSummary(c.getId(), c.getReference(), c.getTitle(), c.getContractType(), c.getParties(),
                c.getStatus(), c.getOrigin(), c.getRequesterName(), c.getCompanyName(),
                c.getAssigneeName(), c.getCreatedAt(), c.getRequestId());
    }
}
