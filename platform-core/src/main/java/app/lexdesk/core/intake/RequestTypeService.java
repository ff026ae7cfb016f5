package app.lexdesk.core.intake;

import app.lexdesk.core.intake.internal.RequestTypeEntity;
import app.lexdesk.core.intake.internal.RequestTypeRepository;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The current tenant's request types. */
@Service
public class RequestTypeService {

    private final RequestTypeRepository types;
    private final app.lexdesk.core.matters.MatterService matters;
    private final app.lexdesk.core.contracts.ContractService contracts;
    private final TenantCache<TenantCache.Whole, List<RequestTypeDetails>> cache;
    private final TransactionTemplate readOnly;

    RequestTypeService(RequestTypeRepository types, app.lexdesk.core.matters.MatterService matters,
            app.lexdesk.core.contracts.ContractService contracts, TenantCaches caches,
            PlatformTransactionManager transactions) {
        this.cache = caches.create(10_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.types = types;
        this.matters = matters;
        this.contracts = contracts;
    }

    /** Every type, active or not, in the tenant's order (for Settings; from memory when recently read). */
    public List<RequestTypeDetails> all() {
        return cache.get(k -> readOnly.execute(s -> types.findAllByOrderByPositionAscCodeAsc().stream()
                .map(RequestTypeService::details).toList()));
    }

    /** The types requesters may choose. */
    public List<RequestTypeDetails> active() {
        return all().stream().filter(RequestTypeDetails::active).toList();
    }

    public Optional<RequestTypeDetails> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Turns a type on or off for requesters; existing requests keep their type. */
    @Transactional
    public void setActive(String code, boolean active) {
        Administration.requireAdministrator();
        types.findByCode(code).orElseThrow(() -> new IllegalArgumentException("No request type " + code))
                .setActive(active);
        cache.evict();
    }

    /**
     * Creates or changes a request type after checking it whole; throws {@link InvalidRequestException} with
     * field paths and changes nothing otherwise. Existing requests keep what they were submitted with.
     * Paths: {@code code}, {@code kind}, {@code nameEn}, {@code nameFr}, {@code defaultTarget}, {@code firstResponseDays},
     * {@code fields[i].code|type|labelEn|labelFr|options} and {@code fields[i].options[j].code|labelEn|labelFr}.
     */
    @Transactional
    public RequestTypeDetails save(SaveRequestType command) {
        Administration.requireAdministrator();
        java.util.Set<String> validTargets = command.kind() == RequestKind.CONTRACT ? contracts.typeCodes()
                : matters.boardCodes();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (command.code() == null || !command.code().matches("^[a-z][a-z0-9-]{0,39}$")) {
            problems.add(new FieldProblem("code", "invalid-code", "Use 1 to 40 lower-case letters, digits or '-'."));
        }
        if (command.kind() == null) {
            problems.add(new FieldProblem("kind", "required", "Choose matter or contract."));
        }
        if (command.nameEn() == null || command.nameEn().isBlank()) {
            problems.add(new FieldProblem("nameEn", "required", "An English name is required."));
        }
        if (command.nameFr() == null || command.nameFr().isBlank()) {
            problems.add(new FieldProblem("nameFr", "required", "A French name is required."));
        }
        if (command.defaultTarget() != null && !validTargets.contains(command.defaultTarget())) {
            problems.add(new FieldProblem("defaultTarget", "unknown-target", "No board or contract type "
                    + command.defaultTarget() + "."));
        }
        if (command.firstResponseDays() != null && (command.firstResponseDays() < 1
                || command.firstResponseDays() > SaveRequestType.FIRST_RESPONSE_DAYS_MAX)) {
            problems.add(new FieldProblem("firstResponseDays", "out-of-range", "A first answer is promised within 1 to "
                    + SaveRequestType.FIRST_RESPONSE_DAYS_MAX + " business days, or not at all."));
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < command.fields().size(); i++) {
            FieldDefinition f = command.fields().get(i);
            String path = "fields[" + i + "]";
            code(f.code(), codes, path + ".code", "field", problems);
            if (f.type() == null) {
                problems.add(new FieldProblem(path + ".type", "required", "Each field needs a type."));
            }
            labels(f.labelEn(), f.labelFr(), path, "field", problems);
            if (f.type() == FieldType.CHOICE && f.options().isEmpty()) {
                problems.add(new FieldProblem(path + ".options", "required", "A choice needs options."));
            }
            java.util.Set<String> optionCodes = new java.util.HashSet<>();
            for (int j = 0; j < f.options().size(); j++) {
                FieldDefinition.Option o = f.options().get(j);
                String optionPath = path + ".options[" + j + "]";
                code(o.code(), optionCodes, optionPath + ".code", "option", problems);
                labels(o.labelEn(), o.labelFr(), optionPath, "option", problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        RequestTypeEntity type = types.findByCode(command.code()).orElse(null);
        if (type == null) {
            type = types.save(new RequestTypeEntity(command.code(), command.kind().name(), command.nameEn(),
                    command.nameFr(), command.descriptionEn(), command.descriptionFr(), command.defaultTarget(),
                    command.fields(), (int) types.count()));
        } else if (!type.getKind().equals(command.kind().name())) {
            throw new InvalidRequestException(List.of(new FieldProblem("kind", "kind-fixed",
                    "A request type cannot change between matter and contract.")));
        } else {
            type.change(command.nameEn(), command.nameFr(), command.descriptionEn(), command.descriptionFr(),
                    command.defaultTarget(), command.fields());
        }
        type.setActive(command.active());
        type.setFirstResponseDays(command.firstResponseDays());
        cache.evict();
        return details(type);
    }

    /** A field's or option's code: the same shape as a type's, and unique among its siblings. */
    private static void code(String code, java.util.Set<String> siblings, String path, String what,
            List<FieldProblem> problems) {
        if (code == null || !code.matches("^[a-z][a-z0-9-]{0,39}$")) {
            problems.add(new FieldProblem(path, "invalid-code", "Each " + what + " needs a lower-case code."));
        } else if (!siblings.add(code)) {
            problems.add(new FieldProblem(path, "duplicate-code", "Another " + what + " already uses " + code + "."));
        }
    }

    /** Both labels are required, each reported on its own path so a form can point at the missing one. */
    private static void labels(String labelEn, String labelFr, String path, String what, List<FieldProblem> problems) {
        if (labelEn == null || labelEn.isBlank()) {
            problems.add(new FieldProblem(path + ".labelEn", "required", "Each " + what + " needs an English label."));
        }
        if (labelFr == null || labelFr.isBlank()) {
            problems.add(new FieldProblem(path + ".labelFr", "required", "Each " + what + " needs a French label."));
        }
    }

    /** Creates the types in {@code wanted} that the tenant does not have yet (by code). */
    @Transactional
    public void ensure(List<RequestTypeDetails> wanted) {
        Administration.requireAdministrator();
        Set<String> existing = types.findAll().stream().map(RequestTypeEntity::getCode).collect(Collectors.toSet());
        int position = existing.size();
        for (RequestTypeDetails t : wanted) {
            if (!existing.contains(t.code())) {
                RequestTypeEntity type = new RequestTypeEntity(t.code(), t.kind().name(), t.nameEn(), t.nameFr(),
                        t.descriptionEn(), t.descriptionFr(), t.defaultTarget(), t.fields(), position++);
                type.setFirstResponseDays(t.firstResponseDays());
                types.save(type);
            }
        }
        cache.evict();
    }

    static RequestTypeDetails details(RequestTypeEntity t) {
        return new RequestTypeDetails(t.getId(), t.getCode(), RequestKind.valueOf(t.getKind()), t.getNameEn(),
                t.getNameFr(), t.getDescriptionEn(), t.getDescriptionFr(), t.getDefaultTarget(), t.getFields(),
                t.isActive(), t.getFirstResponseDays());
    }
}
