package app.lexdesk.core.intake;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A request as its requester sees it: what they submitted, nothing of where the legal team filed it or why. */
public record PortalRequest(UUID id, String reference, RequestKind kind, String typeCode, String typeNameEn,
        String typeNameFr, String subject, String description, Map<String, String> fields, String language,
        Instant submittedAt, UUID requesterId, String requesterName, String companyName) implements SubmittedRequest {
}
