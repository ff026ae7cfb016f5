package app.lexdesk.core.intake;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A request as its requester submitted it: what staff and the requester both see. The core answers staff with a
 * {@link RequestDetails} (which adds where the request went and why) and requesters with a {@link PortalRequest},
 * which has no such fields: a view or controller cannot show a requester what the core did not give it.
 */
public sealed interface SubmittedRequest permits RequestDetails, PortalRequest {

    UUID id();

    String reference();

    RequestKind kind();

    String typeCode();

    String typeNameEn();

    String typeNameFr();

    String subject();

    String description();

    Map<String, String> fields();

    String language();

    Instant submittedAt();

    UUID requesterId();

    String requesterName();

    String companyName();
}
