package app.lexdesk.core.intake;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A request type as requesters choose it and staff configure it. */
public record RequestTypeDetails(UUID id, String code, RequestKind kind, String nameEn, String nameFr,
        String descriptionEn, String descriptionFr, String defaultTarget, List<FieldDefinition> fields,
        boolean active) {

    public RequestTypeDetails {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public String description(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? descriptionFr : descriptionEn;
    }
}
