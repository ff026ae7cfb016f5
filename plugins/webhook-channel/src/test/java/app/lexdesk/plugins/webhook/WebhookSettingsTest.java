package app.lexdesk.plugins.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    static final String SECRET = "a-long-enough-secret";

    @Test
    void a_url_and_a_secret_are_enough_and_the_rest_has_defaults() {
        WebhookSettings settings = WebhookSettings.from(Map.of("url", "https://hooks.example.com/lexdesk",
                "secret", SECRET));
        assertThat(settings.url()).isEqualTo(URI.create("https://hooks.example.com/lexdesk"));
        assertThat(settings.format()).isEqualTo(Format.GENERIC);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookSettings.from(Map.of("url", "http://10.0.0.5:8080/in", "secret", SECRET, "format", "slack",
                "timeoutSeconds", 30)).timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void addresses_a_schema_cannot_judge_are_refused_in_words_without_repeating_them() {
        assertThat(problems("url", "hooks.example.com/lexdesk")).containsExactly(
                "The webhook address must be a full URL starting with https:// or http://.");
        assertThat(problems("url", "ftp://hooks.example.com/in")).containsExactly(
                "The webhook address must start with https:// or http:// (not ftp:).");
        assertThat(problems("url", "mailto:legal@example.com")).containsExactly(
                "The webhook address must start with https:// or http:// (not mailto:).");
        assertThat(problems("url", "https://bob:s3cret@hooks.example.com/in")).containsExactly(
                "The webhook address must not contain a user name or password; the signature authenticates "
                        + "Lexdesk to the receiver.");
        assertThat(problems("url", "https://hooks.example.com/in#part")).containsExactly(
                "The webhook address must not contain a fragment (the part after #).");
        assertThat(problems("url", "https:///in")).containsExactly("The webhook address has no valid host name.");
        assertThat(problems("url", "https://hooks.example.com/a b/T0KEN")).singleElement().asString()
                .startsWith("The webhook address is not a valid URL (Illegal character in path at position")
                .doesNotContain("T0KEN");
        assertThat(problems("url", " ")).containsExactly(
                "Give the webhook address (url), e.g. https://hooks.example.com/lexdesk.");
    }

    @Test
    void a_short_or_missing_secret_is_refused() {
        assertThat(problems("secret", "short")).containsExactly(
                "The secret is too short: use at least 16 characters (it has 5).");
        Map<String, Object> none = new HashMap<>(Map.of("url", "https://hooks.example.com/in"));
        assertThat(WebhookSettings.problems(none)).containsExactly(
                "Give a secret of at least 16 characters; the receiver checks the signature with it.");
    }

    @Test
    void the_format_and_timeout_are_checked_even_when_no_schema_did() {
        assertThat(problems("format", "discord")).containsExactly("The format must be generic, teams or slack.");
        assertThat(problems("timeoutSeconds", 0)).containsExactly(
                "The timeout (timeoutSeconds) must be between 1 and 30 seconds.");
        assertThat(problems("timeoutSeconds", 31)).hasSize(1);
        assertThat(problems("timeoutSeconds", 2.5)).containsExactly(
                "The timeout (timeoutSeconds) must be a whole number of seconds.");
        assertThatThrownBy(() -> WebhookSettings.from(Map.of("url", "https://h.example.com/x", "secret", SECRET,
                "timeoutSeconds", 60))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The timeout (timeoutSeconds) must be between 1 and 30 seconds.");
    }

    @Test
    void settings_print_neither_the_secret_nor_the_path() {
        String printed = WebhookSettings.from(Map.of("url", "https://hooks.slack.com/services/T0/B0/XYZ",
                "secret", SECRET, "format", "slack")).toString();
        assertThat(printed).contains("hooks.slack.com").doesNotContain(SECRET).doesNotContain("XYZ");
    }

    private static List<String> problems(String key, Object value) {
        Map<String, Object> configuration = new HashMap<>(Map.of("url", "https://hooks.example.com/in",
                "secret", SECRET));
        configuration.put(key, value);
        return WebhookSettings.problems(configuration);
    }
}
