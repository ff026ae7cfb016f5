package app.lexdesk.core.notifications.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The channel plugins installed and switched on for the current tenant, by id. */
@Component
class ChannelDirectory {

    List<String> available(Locale locale) {
        return List.of();
    }
}
