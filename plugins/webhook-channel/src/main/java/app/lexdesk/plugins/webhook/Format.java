package app.lexdesk.plugins.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The shape of the body: Lexdesk's own JSON, or what a Microsoft Teams or Slack incoming webhook expects. */
enum Format {
    GENERIC, TEAMS, SLACK;

    /** The value in a tenant's configuration ({@code generic}, {@code teams}, {@code slack}). */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Format> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
