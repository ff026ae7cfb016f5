package app.lexdesk.core.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Command: a requester submits a request of type {@code type}. Field values are text (dates ISO-8601,
 * numbers and money plain decimals, yes/no {@code true}/{@code false}); a field given as null counts as not
 * given. {@code idempotencyKey} makes a retry or a double click return the first request instead of creating
 * a second one. {@code attachments} are ids of the requester's pending uploads.
 *
 * @throws InvalidRequestException when the shape itself cannot be taken (a null attachment id, more fields
 *                                 or files than any request type has, an idempotency key too long to store)
 */
public record SubmitRequest(String type, String subject, String description, Map<String, String> fields,
        String language, String idempotencyKey, List<UUID> attachments) {

    /** More than any request type offers; bounds what a single submission can make the server check. */
    public static final int MAX_FIELDS = 100;
    public static final int MAX_ATTACHMENTS = 100;
    public static final int IDEMPOTENCY_KEY_MAX = 200;

    public SubmitRequest {
        List<FieldProblem> problems = new ArrayList<>();
        subject = subject == null ? "" : subject.strip();
        description = description == null ? "" : description.strip();
        fields = given(fields, problems);
        language = "fr".equals(language) ? "fr" : "en";
        idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (idempotencyKey != null && idempotencyKey.length() > IDEMPOTENCY_KEY_MAX) {
            problems.add(new FieldProblem("Idempotency-Key", "too-long",
                    "The idempotency key is longer than " + IDEMPOTENCY_KEY_MAX + " characters."));
        }
        attachments = attachments == null ? List.of() : attachments;
        if (attachments.size() > MAX_ATTACHMENTS) {
            problems.add(new FieldProblem("attachments", "too-many",
                    "A request takes at most " + MAX_ATTACHMENTS + " files."));
        }
        for (int i = 0; i < attachments.size() && i < MAX_ATTACHMENTS; i++) {
            if (attachments.get(i) == null) {
                problems.add(new FieldProblem("attachments[" + i + "]", "required", "An upload id is required."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        attachments = List.copyOf(attachments);
    }

    private static Map<String, String> given(Map<String, String> fields, List<FieldProblem> problems) {
        if (fields == null) {
            return Map.of();
        }
        if (fields.size() > MAX_FIELDS) {
            problems.add(new FieldProblem("fields", "too-many", "A request has at most " + MAX_FIELDS + " fields."));
            return Map.of();
        }
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach((code, value) -> {
            if (code != null && value != null) {
                given.put(code, value);
            }
        });
        return Map.copyOf(given);
    }
}
