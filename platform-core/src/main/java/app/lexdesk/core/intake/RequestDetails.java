package app.lexdesk.core.intake;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A request as the legal team sees it: as submitted, with where it went. {@code recordReference} is the matter's
 * or contract's reference, {@code target} its board or contract type (null when unclassified), {@code
 * classification} the reason.
 */
public record RequestDetails(UUID id, String reference, RequestKind kind, String typeCode, String typeNameEn,
        String typeNameFr, String subject, String description, Map<String, String> fields, String language,
        Instant submittedAt, UUID requesterId, String requesterName, String companyName, String target,
        String classification, String recordReference) implements SubmittedRequest {

    /** What of it the requester may see. */
    public PortalRequest forRequester() {
        return new PortalRequest(id, reference, kind, typeCode, typeNameEn, typeNameFr, subject, description, fields,
                language, submittedAt, requesterId, requesterName, companyName);
    }
}
