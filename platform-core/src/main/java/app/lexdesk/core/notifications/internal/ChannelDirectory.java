package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.plugins.ChannelOption;
import app.lexdesk.core.plugins.NotificationChannels;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The channel plugins installed and switched on for the current tenant, by id (the plugin host decides). */
@Component
class ChannelDirectory {

    private final NotificationChannels channels;

    ChannelDirectory(NotificationChannels channels) {
        this.channels = channels;
    }

    List<String> available(Locale locale) {
        return channels.available(locale).stream().map(ChannelOption::id).toList();
    }
}
