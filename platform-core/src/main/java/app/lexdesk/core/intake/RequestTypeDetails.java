package app.lexdesk.core.intake;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A request type as requesters choose it and staff configure it.
 *
 * @param firstResponseDays the business days within which the legal team promises a first answer to requests of
 *                          this type (the tenant's calendar counts them); null: no promise
 */
public record RequestTypeDetails(UUID id, String code, RequestKind kind, String nameEn, String nameFr,
        String descriptionEn, String descriptionFr, String defaultTarget, List<FieldDefinition> fields,
        boolean active, Integer firstResponseDays) {

    public RequestTypeDetails {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A type that promises no first-answer time. */
    public RequestTypeDetails(UUID id, String code, RequestKind kind, String nameEn, String nameFr,
            String descriptionEn, String descriptionFr, String defaultTarget, List<FieldDefinition> fields,
            boolean active) {
        this(id, code, kind, nameEn, nameFr, descriptionEn, descriptionFr, defaultTarget, fields, active, null);
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public String description(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? descriptionFr : descriptionEn;
    }
}
