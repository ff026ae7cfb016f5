package app.lexdesk.core.intake;

import java.util.List;

/**
 * Command: create or change a request type (by code). {@code defaultTarget} is a board code for MATTER types,
 * a contract type code for CONTRACT types, or null to let classification decide. {@code firstResponseDays} is the
 * first-answer target in business days ({@link #FIRST_RESPONSE_DAYS_MAX} at most), or null for none.
 */
public record SaveRequestType(String code, RequestKind kind, String nameEn, String nameFr, String descriptionEn,
        String descriptionFr, String defaultTarget, List<FieldDefinition> fields, boolean active,
        Integer firstResponseDays) {

    /** About three months of business days: a longer first-answer promise is none. */
    public static final int FIRST_RESPONSE_DAYS_MAX = 60;

    /** A type that promises no first-answer time. */
    public SaveRequestType(String code, RequestKind kind, String nameEn, String nameFr, String descriptionEn,
            String descriptionFr, String defaultTarget, List<FieldDefinition> fields, boolean active) {
        this(code, kind, nameEn, nameFr, descriptionEn, descriptionFr, defaultTarget, fields, active, null);
    }

    public SaveRequestType {
        fields = fields == null ? List.of() : List.copyOf(fields);
        descriptionEn = descriptionEn == null ? "" : descriptionEn.strip();
        descriptionFr = descriptionFr == null ? "" : descriptionFr.strip();
        defaultTarget = defaultTarget == null || defaultTarget.isBlank() ? null : defaultTarget;
    }
}
