package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.mailreplies.ReplyAddresses;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Replies by email, as messages to requesters carry them: the {@code Reply-To} that lets a requester answer a
 * notification about a record (when replies by email are configured and they may act on it), and the line above
 * which their answer goes — only in a message that has such an address.
 */
@Component
class ReplyMarkers {

    private final ReplyAddresses addresses;

    ReplyMarkers(ReplyAddresses addresses) {
        this.addresses = addresses;
    }

    Optional<String> marker(Locale locale, UUID personId, UUID recordId) {
        return replyTo(personId, recordId).map(a -> ReplyAddresses.marker(locale));
    }

    Optional<String> replyTo(UUID personId, UUID recordId) {
        if (personId == null || recordId == null) {
            return Optional.empty();
        }
        return addresses.replyAddress(personId, recordId);
    }
}
