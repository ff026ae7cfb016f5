package app.lexdesk.core.intake;

import java.util.List;

/**
 * Command: create or change a request type (by code). {@code defaultTarget} is a board code for MATTER types,
 * a contract type code for CONTRACT types, or null to let classification decide.
 */
public record SaveRequestType(String code, RequestKind kind, String nameEn, String nameFr, String descriptionEn,
        String descriptionFr, String defaultTarget, List<FieldDefinition> fields, boolean active) {

    public SaveRequestType {
        fields = fields == null ? List.of() : List.copyOf(fields);
        descriptionEn = descriptionEn == null ? "" : descriptionEn.strip();
        descriptionFr = descriptionFr == null ? "" : descriptionFr.strip();
        defaultTarget = defaultTarget == null || defaultTarget.isBlank() ? null : defaultTarget;
    }
}
