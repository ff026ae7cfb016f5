package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.records.RecordKind;
import java.util.UUID;

/**
 * What planning and rendering know of the record an event happened on: what the rules filter by and who its people
 * are. Staff-facing; what a requester's message says is read through the portal's read models, not from here.
 *
 * @param target           the Matters board or the contract type, null when unclassified
 * @param requestReference the portal's name of the record (its request), null for a record staff opened
 * @param requestSubject   the subject as the requester wrote it (what the portal shows her), null without a request
 * @param requestLanguage  the language the requester wrote the request in, null without a request
 */
record RecordContext(UUID id, RecordKind kind, String reference, String title, String target, String requestType,
        UUID companyId, UUID requesterId, UUID assigneeId, String status, String requestReference,
        String requestSubject, String requestLanguage) {

    /** What a requester's message calls the record: her own words, never the legal team's title. */
    String titleForRequester() {
        return requestSubject == null ? "" : requestSubject;
    }
}
