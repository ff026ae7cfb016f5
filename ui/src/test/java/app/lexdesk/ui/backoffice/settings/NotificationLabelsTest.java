package app.lexdesk.ui.backoffice.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.notifications.DeliveryStatus;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.RecipientKind;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every event, recipient kind, delivery status and refusal code the core names has its words in both languages. */
class NotificationLabelsTest {

    final LexdeskI18NProvider texts = new LexdeskI18NProvider();

    @Test
    void every_word_the_core_can_send_is_translated_in_english_and_french() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(NotificationEvent.values()).map(NotificationLabels::event).forEach(keys::add);
        Arrays.stream(RecipientKind.values()).map(NotificationLabels::recipientKind).forEach(keys::add);
        Arrays.stream(DeliveryStatus.values()).map(NotificationLabels::status).forEach(keys::add);
        List.of("switched-off", "no-address").forEach(s -> keys.add(NotificationLabels.delivery(false, s)));
        List.of("STAFF", "REQUESTER", "ADDRESS").forEach(a -> keys.add(NotificationLabels.audience(a)));
        List.of("unknown-event", "too-long", "unknown-kind", "unknown-target", "unknown-request-type",
                "unknown-company", "unknown-channel", "channel-has-no-recipients", "required", "too-many",
                "unknown-person", "unknown-role", "requester-not-allowed", "invalid-address")
                .forEach(c -> keys.add(NotificationLabels.refusal(c)));

        assertThat(keys).doesNotContainNull().doesNotHaveDuplicates();
        for (String key : keys) {
            assertThat(texts.getTranslation(key, Locale.ENGLISH)).as(key).doesNotStartWith("!");
            assertThat(texts.getTranslation(key, Locale.FRENCH)).as(key).doesNotStartWith("!")
                    .isNotEqualTo(texts.getTranslation(key, Locale.ENGLISH));
        }
    }

    @Test
    void each_event_reads_differently() {
        assertThat(Arrays.stream(NotificationEvent.values()).map(e -> texts.getTranslation(NotificationLabels.event(e),
                Locale.FRENCH))).doesNotHaveDuplicates();
    }
}
