package app.lexdesk.plugins.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's webhook configuration, read and checked: where to POST, the shared secret that signs, the payload's
 * format and how long to wait for the receiver. {@link #problems} says in an administrator's words what is wrong;
 * {@link #from} refuses a configuration with problems.
 */
record WebhookSettings(URI url, String secret, Format format, Duration timeout) {

    static final int MIN_SECRET_LENGTH = 16;
    static final int MIN_TIMEOUT_SECONDS = 1;
    static final int MAX_TIMEOUT_SECONDS = 30;
    static final int DEFAULT_TIMEOUT_SECONDS = 10;

    static final String SCHEMA = """
            {
              "type": "object",
              "required": ["url", "secret"],
              "properties": {
                "url": {"type": "string", "maxLength": 2000,
                        "description": "Absolute http or https address the notifications are POSTed to"},
                "secret": {"type": "string", "minLength": 16, "maxLength": 500,
                           "description": "Shared secret the receiver checks the X-Lexdesk-Signature header with"},
                "format": {"type": "string", "enum": ["generic", "teams", "slack"], "default": "generic"},
                "timeoutSeconds": {"type": "integer", "minimum": 1, "maximum": 30, "default": 10}
              }
            }""";

    /** What is wrong with {@code configuration}, in words an administrator understands; empty when it is usable. */
    static List<String> problems(Map<String, Object> configuration) {
        List<String> problems = new ArrayList<>();
        Object url = configuration.get("url");
        if (!(url instanceof String text) || text.isBlank()) {
            problems.add("Give the webhook address (url), e.g. https://hooks.example.com/lexdesk.");
        } else {
            urlProblem(text.strip()).ifPresent(problems::add);
        }
        Object secret = configuration.get("secret");
        if (!(secret instanceof String text) || text.isBlank()) {
            problems.add("Give a secret of at least " + MIN_SECRET_LENGTH + " characters; the receiver checks the "
                    + "signature with it.");
        } else if (text.length() < MIN_SECRET_LENGTH) {
            problems.add("The secret is too short: use at least " + MIN_SECRET_LENGTH + " characters (it has "
                    + text.length() + ").");
        }
        Object format = configuration.get("format");
        if (format != null && (!(format instanceof String key) || Format.fromKey(key).isEmpty())) {
            problems.add("The format must be generic, teams or slack.");
        }
        Object timeout = configuration.get("timeoutSeconds");
        if (timeout != null && !(timeout instanceof Integer || timeout instanceof Long)) {
            problems.add("The timeout (timeoutSeconds) must be a whole number of seconds.");
        } else if (timeout != null && (((Number) timeout).longValue() < MIN_TIMEOUT_SECONDS
                || ((Number) timeout).longValue() > MAX_TIMEOUT_SECONDS)) {
            problems.add("The timeout (timeoutSeconds) must be between " + MIN_TIMEOUT_SECONDS + " and "
                    + MAX_TIMEOUT_SECONDS + " seconds.");
        }
        return problems;
    }

    /** The settings of a usable configuration, with the defaults for what it leaves out. */
    static WebhookSettings from(Map<String, Object> configuration) {
        List<String> problems = problems(configuration);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        Object format = configuration.get("format");
        Object timeout = configuration.get("timeoutSeconds");
        return new WebhookSettings(URI.create(((String) configuration.get("url")).strip()),
                (String) configuration.get("secret"),
                format == null ? Format.GENERIC : Format.fromKey((String) format).orElseThrow(),
                Duration.ofSeconds(timeout == null ? DEFAULT_TIMEOUT_SECONDS : ((Number) timeout).longValue()));
    }

    // The messages never repeat the address: Teams and Slack addresses carry their own secret in the path.
    private static Optional<String> urlProblem(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of("The webhook address is not a valid URL (" + e.getReason() + " at position "
                    + (e.getIndex() + 1) + ").");
        }
        if (uri.getScheme() == null) {
            return Optional.of("The webhook address must be a full URL starting with https:// or http://.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("The webhook address must start with https:// or http:// (not " + scheme + ":).");
        }
        if (uri.isOpaque()) {
            return Optional.of("The webhook address must be a full URL starting with https:// or http://.");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("The webhook address must not contain a user name or password; the "
                    + "signature authenticates Lexdesk to the receiver.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("The webhook address has no valid host name.");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("The webhook address must not contain a fragment (the part after #).");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        // Never the secret, nor the address's path (Teams and Slack put a secret there): logs may print settings.
        return "WebhookSettings[host=" + url.getHost() + ", format=" + format.key() + ", timeout=" + timeout + "]";
    }
}
