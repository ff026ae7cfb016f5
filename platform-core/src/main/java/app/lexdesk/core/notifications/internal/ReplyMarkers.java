package app.lexdesk.core.notifications.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Replies by email, as messages to requesters carry them: the {@code Reply-To} that lets a requester answer a
 * notification, and the line above which their answer goes. Empty while this node reads no reply mailbox.
 */
@Component
class ReplyMarkers {

    Optional<String> marker(Locale locale) {
        return Optional.empty();
    }

    Optional<String> replyTo(UUID personId, UUID recordId) {
        return Optional.empty();
    }
}
