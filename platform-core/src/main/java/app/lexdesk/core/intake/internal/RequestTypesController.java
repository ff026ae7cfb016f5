package app.lexdesk.core.intake.internal;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.tenancy.TenantContext;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's request types over REST, so a client can find the codes and fields a submission takes. */
@RestController
@Tag(name = "Requests")
// JSON only, decided before the call runs: a client that accepts no JSON is refused before anything is stored.
@RequestMapping(path = "/api/v1/request-types", produces = MediaType.APPLICATION_JSON_VALUE)
class RequestTypesController {

    /**
     * A request type. Requesters see the types they can submit; whether a type is offered and where its requests
     * land by default are the legal team's settings, in staff answers only. {@code firstResponseDays}, the business
     * days within which a first answer is promised, is everyone's to read (the portal tells the requester the day);
     * absent when the type promises none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RequestTypeResource(String code, String kind, String nameEn, String nameFr, String descriptionEn,
            String descriptionFr, List<FieldDefinition> fields, Boolean active, String defaultTarget,
            Integer firstResponseDays) {
    }

    private final RequestTypeService types;

    RequestTypesController(RequestTypeService types) {
        this.types = types;
    }

    @GetMapping
    @Operation(operationId = "listRequestTypes", summary = "Request types with their fields: requesters get those "
            + "they can submit, staff every type with whether it is offered and its default board or contract type")
    List<RequestTypeResource> list() {
        boolean staff = TenantContext.requireMember().isStaff();
        return (staff ? types.all() : types.active()).stream().map(t -> new RequestTypeResource(t.code(),
                t.kind().name(), t.nameEn(), t.nameFr(), t.descriptionEn(), t.descriptionFr(), t.fields(),
                staff ? t.active() : null, staff ? t.defaultTarget() : null, t.firstResponseDays())).toList();
    }
}
