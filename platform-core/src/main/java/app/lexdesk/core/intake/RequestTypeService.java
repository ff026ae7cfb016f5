package app.lexdesk.core.intake;

import app.lexdesk.core.intake.internal.RequestTypeEntity;
import app.lexdesk.core.intake.internal.RequestTypeRepository;
import app.lexdesk.core.tenancy.Administration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's request types. */
@Service
public class RequestTypeService {

    private final RequestTypeRepository types;

    RequestTypeService(RequestTypeRepository types) {
        this.types = types;
    }

    /** Every type, active or not, in the tenant's order (for Settings). */
    @Transactional(readOnly = true)
    public List<RequestTypeDetails> all() {
        return types.findAllByOrderByPositionAscCodeAsc().stream().map(RequestTypeService::details).toList();
    }

    /** The types requesters may choose. */
    @Transactional(readOnly = true)
    public List<RequestTypeDetails> active() {
        return all().stream().filter(RequestTypeDetails::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RequestTypeDetails> find(String code) {
        return code == null ? Optional.empty() : types.findByCode(code).map(RequestTypeService::details);
    }

    /** Turns a type on or off for requesters; existing requests keep their type. */
    @Transactional
    public void setActive(String code, boolean active) {
        Administration.requireAdministrator();
        types.findByCode(code).orElseThrow(() -> new IllegalArgumentException("No request type " + code))
                .setActive(active);
    }

    /** Creates the types in {@code wanted} that the tenant does not have yet (by code). */
    @Transactional
    public void ensure(List<RequestTypeDetails> wanted) {
        Administration.requireAdministrator();
        Set<String> existing = types.findAll().stream().map(RequestTypeEntity::getCode).collect(Collectors.toSet());
        int position = existing.size();
        for (RequestTypeDetails t : wanted) {
            if (!existing.contains(t.code())) {
                types.save(new RequestTypeEntity(t.code(), t.kind().name(), t.nameEn(), t.nameFr(), t.descriptionEn(),
                        t.descriptionFr(), t.defaultTarget(), t.fields(), position++));
            }
        }
    }

    static RequestTypeDetails details(RequestTypeEntity t) {
        return new RequestTypeDetails(t.getId(), t.getCode(), RequestKind.valueOf(t.getKind()), t.getNameEn(),
                t.getNameFr(), t.getDescriptionEn(), t.getDescriptionFr(), t.getDefaultTarget(), t.getFields(),
                t.isActive());
    }
}
