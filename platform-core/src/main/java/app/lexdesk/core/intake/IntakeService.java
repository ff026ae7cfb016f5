package app.lexdesk.core.intake;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.InvalidFileChangeException;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.core.fairuse.RateLimits;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.contracts.OpenContract;
import app.lexdesk.core.intake.internal.FieldValidator;
import app.lexdesk.core.intake.internal.RequestEntity;
import app.lexdesk.core.intake.internal.RequestRepository;
import app.lexdesk.core.intake.internal.RequestTypeRepository;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.OpenMatter;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordOpened;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.plugins.Classification;
import app.lexdesk.core.plugins.ClassificationService;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.tenancy.ReferenceService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.plugin.api.RequestFacts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portal submissions. Validation happens before anything is written; the request, its matter or contract
 * and their events ({@link RequestSubmitted}, then the record's) commit in one transaction; an idempotency key turns a retry into the first result.
 */
@Service
public class IntakeService {

    private final RequestTypeService types;
    private final RequestTypeRepository typeEntities;
    private final RequestRepository requests;
    private final PeopleService people;
    private final ClassificationService classification;
    private final MatterService matters;
    private final ContractService contracts;
    private final ReferenceService references;
    private final ApplicationEventPublisher events;
    private final AttachmentService attachments;
    private final RecordFileService recordFiles;
    private final RateLimits rateLimits;
    private final PluginSettingsService pluginSettings;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    IntakeService(RequestTypeService types, RequestTypeRepository typeEntities, RequestRepository requests,
            PeopleService people, ClassificationService classification, MatterService matters,
            ContractService contracts, ReferenceService references, ApplicationEventPublisher events,
            AttachmentService attachments, RecordFileService recordFiles, RateLimits rateLimits,
            PluginSettingsService pluginSettings, TransactionTemplate transactions,
            Optional<Clock> clock) {
        this.pluginSettings = pluginSettings;
        this.attachments = attachments;
        this.recordFiles = recordFiles;
        this.rateLimits = rateLimits;
        this.types = types;
        this.typeEntities = typeEntities;
        this.requests = requests;
        this.people = people;
        this.classification = classification;
        this.matters = matters;
        this.contracts = contracts;
        this.references = references;
        this.events = events;
        this.transactions = transactions;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Submits a request for the current portal user: checked whole, classified, stored with its record.
     *
     * @throws InvalidRequestException naming every field at fault; nothing is stored
     * @throws RateLimitedException    when the requester or the tenant submitted too much lately; nothing is stored
     */
    public PortalRequest submit(SubmitRequest command) {
        TenantMember member = TenantContext.requireMember();
        if (!member.isPortalUser()) {
            throw new AccessDeniedException("Requests are submitted by portal users");
        }
        // What only the database knows about this submission (a retry's first result, the files it claims),
        // read in one transaction and only when the submission names a key or files.
        List<UUID> unusable = List.of();
        if (command.idempotencyKey() != null || !command.attachments().isEmpty()) {
            Lookups lookups = transactions.execute(s -> new Lookups(command.idempotencyKey() == null ? Optional.empty()
                    : byKey(member.personId(), command.idempotencyKey()), attachments.unusable(command.attachments())));
            if (lookups.earlier().isPresent()) {
                return lookups.earlier().get();
            }
            unusable = lookups.unusable();
        }
        // The tenant's settings and the requester come from memory when recently read.
        RequestTypeDetails type = checkedType(command.type());
        FieldValidator.Result checked = FieldValidator.validate(type, command);
        List<FieldProblem> problems = new ArrayList<>(checked.problems());
        for (UUID id : unusable) {
            problems.add(new FieldProblem("attachments[" + command.attachments().indexOf(id) + "]", "unknown-upload",
                    "No pending upload " + id + " of yours."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        // Only what would be stored counts: a retry answered from its first result or bad input takes nothing.
        rateLimits.acquire(RateLimits.Action.SUBMISSION);
        PersonDetails requester = people.findPerson(member.personId()).orElseThrow();
        // Plugins run outside any transaction: a slow one holds no connection and no counter.
        ClassificationSuggestion suggested = classify(member.tenant().slug(), type, command.subject(),
                command.description(), checked.values(), requester.companyName(), command.language());
        String target = suggested.target();
        String reason = suggested.reason();
        try {
            return transactions.execute(s -> store(type, command, checked.values(), requester, target, reason))
                    .forRequester();
        } catch (DataIntegrityViolationException e) {
            // A concurrent retry with the same key won the race: answer with its request.
            if (command.idempotencyKey() != null) {
                Optional<PortalRequest> winner = byKey(member.personId(), command.idempotencyKey());
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            throw e;
        }
    }

    /**
     * Runs the tenant's classifiers again on a stored request, as they are configured now, and says where they would
     * put it (staff only); moves nothing. The legal team confirms a move itself.
     */
    public Optional<ClassificationSuggestion> reclassify(UUID requestId) {
        TenantMember member = TenantContext.requireMember();
        if (!member.isStaff()) {
            throw new AccessDeniedException("Only the legal team classifies requests");
        }
        Optional<RequestDetails> request = findById(requestId);
        return request.map(r -> {
            RequestTypeDetails type = types.find(r.typeCode()).orElseThrow();
            // Plugins run outside any transaction, as at submission.
            return classify(member.tenant().slug(), type, r.subject(), r.description(), r.fields(), r.companyName(),
                    r.language());
        });
    }

    private ClassificationSuggestion classify(String tenant, RequestTypeDetails type, String subject,
            String description, Map<String, String> values, String companyName, String language) {
        Set<String> targets = type.kind() == RequestKind.MATTER ? matters.boardCodes() : contracts.typeCodes();
        Optional<Classification> classified = classification.classify(new RequestFacts(tenant, type.code(),
                type.kind().name(), subject, description, values, companyName, language), targets,
                pluginSettings.settings());
        return new ClassificationSuggestion(classified.map(Classification::target).orElse(type.defaultTarget()),
                classified.map(c -> c.classifierId() + " " + c.reason())
                        .orElse(type.defaultTarget() == null ? "no classifier was confident; to be classified"
                                : "default target of request type " + type.code()));
    }

    private record Lookups(Optional<PortalRequest> earlier, List<UUID> unusable) {
    }

    private RequestTypeDetails checkedType(String code) {
        RequestTypeDetails type = types.find(code).orElseThrow(() -> new InvalidRequestException(
                List.of(new FieldProblem("type", "unknown-type", "Choose one of the request types offered."))));
        if (!type.active()) {
            throw new InvalidRequestException(List.of(new FieldProblem("type", "inactive-type",
                    "This request type is no longer offered.")));
        }
        return type;
    }

    /**
     * The one write transaction of a submission: its reference, the request, its files, the matter or contract
     * and their events commit together or not at all.
     */
    private RequestDetails store(RequestTypeDetails type, SubmitRequest command, Map<String, String> values,
            PersonDetails requester, String target, String reason) {
        RequestEntity request = requests.saveAndFlush(new RequestEntity(references.next("REQ"),
                typeEntities.getReferenceById(type.id()), type.kind().name(), command.subject(),
                command.description(), values, command.language(), requester.id(), requester.companyId(),
                clock.instant(), command.idempotencyKey(), target, reason));
        // RequestSubmitted tells the record's opening too (as RecordOpened does), so it is published after it.
        RecordOpened opened;
        if (type.kind() == RequestKind.MATTER) {
            MatterDetails matter = matters.open(new OpenMatter(command.subject(), command.description(), target,
                    Origin.PORTAL, requester.id(), requester.companyId(), request.getId(), reason));
            opened = new RecordOpened(TenantContext.require(), RecordKind.MATTER, matter.id(), matter.reference(),
                    requester.id(), target, reason, matter.createdAt(), request.getId());
        } else {
            ContractSummary contract = contracts.open(new OpenContract(command.subject(), command.description(),
                    target, values.getOrDefault("counterparty", ""), Origin.PORTAL, requester.id(),
                    requester.companyId(), request.getId(), reason));
            opened = new RecordOpened(TenantContext.require(), RecordKind.CONTRACT, contract.id(),
                    contract.reference(), requester.id(), target, reason, contract.createdAt(), request.getId());
        }
        // The request's files are its record's, in the folder that receives what the requester sends.
        try {
            recordFiles.claimFromRequester(opened.kind(), opened.recordId(), command.attachments());
        } catch (InvalidFileChangeException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("attachments", "unknown-upload",
                    "An attachment was claimed by another request meanwhile.")));
        }
        events.publishEvent(new RequestSubmitted(TenantContext.require(), request.getId(), request.getReference(),
                type.code(), requester.id(), request.getSubmittedAt(), opened));
        return view(request, type, requester.displayName(), requester.companyName(), opened.reference());
    }

    /** A page of the caller's own requests, newest first, as their requester sees them, with how many there are. */
    public Page<PortalRequest> mine(int page, int size) {
        UUID me = TenantContext.requireMember().personId();
        return transactions.execute(s -> requests.findByRequesterId(me, PageRequest.of(page, size,
                Sort.by("submittedAt").descending().and(Sort.by("id")))).map(r -> view(r).forRequester()));
    }

    /** The caller's own requests, newest first, as their requester sees them. */
    public List<PortalRequest> mine() {
        UUID me = TenantContext.requireMember().personId();
        return transactions.execute(s -> requests.findByRequesterIdOrderBySubmittedAtDesc(me).stream()
                .map(r -> view(r).forRequester()).toList());
    }

    /**
     * A request by reference: staff see any of their tenant's, as {@link RequestDetails}; portal users only their
     * own, as {@link PortalRequest}; anything else is simply not found.
     */
    public Optional<SubmittedRequest> find(String reference) {
        TenantMember member = TenantContext.requireMember();
        return transactions.execute(s -> requests.findByReference(reference)
                .filter(r -> member.isStaff() || r.getRequesterId().equals(member.personId()))
                .map(r -> member.isStaff() ? view(r) : view(r).forRequester()));
    }

    /**
     * The request a matter or contract came from (staff pages). Read-only: Hibernate then keeps no snapshot of the
     * JSON columns (fields, values) to compare at commit, which cost this read more than its query (benchmark). The
     * transaction is explicit, not an annotation: {@link #reclassify} calls this from inside the class, where an
     * annotation would not apply, and outside a transaction row-level security knows no tenant and finds nothing.
     */
    public Optional<RequestDetails> findById(UUID id) {
        if (!TenantContext.requireMember().isStaff()) {
            return Optional.empty();
        }
        return readOnly.execute(s -> requests.findWithTypeById(id).map(IntakeService::view));
    }

    /** The requester's request with this idempotency key (joins the caller's transaction if there is one). */
    private Optional<PortalRequest> byKey(UUID requester, String key) {
        return transactions.execute(s -> requests.findByRequesterIdAndIdempotencyKey(requester, key)
                .map(r -> view(r).forRequester()));
    }

    private static RequestDetails view(RequestEntity r) {
        return view(r, RequestTypeService.details(r.getType()), r.getRequesterName(), r.getCompanyName(),
                r.getRecordReference());
    }

    private static RequestDetails view(RequestEntity r, RequestTypeDetails type, String requesterName,
            String companyName, String recordReference) {
        return new RequestDetails(r.getId(), r.getReference(), type.kind(), type.code(), type.nameEn(),
                type.nameFr(), r.getSubject(), r.getDescription(), r.getFieldValues(), r.getLanguage(),
                r.getSubmittedAt(), r.getRequesterId(), requesterName, companyName, r.getClassifiedTarget(),
                r.getClassificationReason(), recordReference);
    }
}
