package app.lexdesk.core.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Command: a requester submits a request of type {@code type}. Field values are text (dates ISO-8601,
 * numbers and money plain decimals, yes/no {@code true}/{@code false}). {@code idempotencyKey} makes a retry
 * or a double click return the first request instead of creating a second one. {@code attachments} are ids
 * of the requester's pending uploads.
 */
public record SubmitRequest(String type, String subject, String description, Map<String, String> fields,
        String language, String idempotencyKey, List<UUID> attachments) {

    public SubmitRequest {
        subject = subject == null ? "" : subject.strip();
        description = description == null ? "" : description.strip();
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        language = "fr".equals(language) ? "fr" : "en";
        idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
