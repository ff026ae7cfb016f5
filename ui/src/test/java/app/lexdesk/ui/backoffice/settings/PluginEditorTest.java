package app.lexdesk.ui.backoffice.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.plugins.InstalledPlugin;
import app.lexdesk.core.plugins.InvalidPluginConfigurationException;
import app.lexdesk.core.plugins.PluginHost;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.plugins.TenantPluginSetting;
import app.lexdesk.plugin.api.NotificationChannel;
import app.lexdesk.plugin.api.RequestClassifier;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settings → Plugins without a browser: a channel plugin by its display name and kind, a classifier with its order,
 * and the core's refusal of a configuration shown on the configuration field with nothing saved.
 */
class PluginEditorTest {

    static final String WEBHOOK = "webhook-channel";
    static final InstalledPlugin WEBHOOK_JAR = new InstalledPlugin(WEBHOOK, "0.1.0", "Signed webhooks", "STARTED");

    final PluginSettingsService plugins = mock(PluginSettingsService.class);
    final PluginHost host = mock(PluginHost.class);

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        when(host.channel(WEBHOOK)).thenReturn(Optional.of(mock(NotificationChannel.class)));
        when(host.displayName(anyString(), any())).thenAnswer(call -> call.getArgument(0));
        when(host.displayName(WEBHOOK, Locale.FRENCH)).thenReturn("Webhook (FR)");
        when(host.displayName(WEBHOOK, Locale.ENGLISH)).thenReturn("Webhook");
        when(host.classifier("rules-classifier")).thenReturn(Optional.of(mock(RequestClassifier.class)));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void a_channel_plugin_shows_its_display_name_in_the_users_language_and_no_order() {
        open(Locale.FRENCH, WEBHOOK_JAR, new TenantPluginSetting(WEBHOOK, false, 3, Map.of()));
        assertThat(get(H3.class, "plugin-name-" + WEBHOOK).getText()).isEqualTo("Webhook (FR)");
        assertThat(get(Paragraph.class, "plugin-kind-" + WEBHOOK).getText())
                .isEqualTo("Canal de notification : les règles de notification peuvent envoyer par ce canal");
        assertThat(_find(IntegerField.class, spec -> spec.withId("order-" + WEBHOOK))).as("no order shown").isEmpty();
    }

    @Test
    void a_classifier_shows_its_order_and_what_it_does() {
        open(Locale.ENGLISH, new InstalledPlugin("rules-classifier", "0.1.0", "Rules", "STARTED"),
                new TenantPluginSetting("rules-classifier", true, 0, Map.of()));
        assertThat(get(H3.class, "plugin-name-rules-classifier").getText()).isEqualTo("rules-classifier");
        assertThat(get(Paragraph.class, "plugin-kind-rules-classifier").getText())
                .startsWith("Classifier: suggests where new requests belong");
        assertThat(get(IntegerField.class, "order-rules-classifier").isVisible()).isTrue();
    }

    @Test
    void a_configuration_the_core_refuses_shows_its_reasons_on_the_field() {
        when(plugins.configure(anyString(), anyBoolean(), anyInt(), any())).thenThrow(
                new InvalidPluginConfigurationException(List.of(
                        "The webhook address must start with https:// or http:// (not ftp:).",
                        "The secret is too short: use at least 16 characters (it has 5).")));
        open(Locale.ENGLISH, WEBHOOK_JAR, new TenantPluginSetting(WEBHOOK, false, 3, Map.of()));
        TextArea configuration = get(TextArea.class, "configuration-" + WEBHOOK);
        _setValue(configuration, "{\"url\": \"ftp://hooks.example.com/in\", \"secret\": \"short\"}");
        _click(get(Button.class, "save-" + WEBHOOK));
        assertThat(configuration.isInvalid()).isTrue();
        assertThat(configuration.getErrorMessage()).isEqualTo(
                "The webhook address must start with https:// or http:// (not ftp:). "
                        + "The secret is too short: use at least 16 characters (it has 5).");
    }

    @Test
    void text_that_is_not_json_is_flagged_in_the_users_language_and_never_sent() {
        open(Locale.FRENCH, WEBHOOK_JAR, new TenantPluginSetting(WEBHOOK, false, 3, Map.of()));
        TextArea configuration = get(TextArea.class, "configuration-" + WEBHOOK);
        _setValue(configuration, "{url: https://hooks.example.com}");
        _click(get(Button.class, "save-" + WEBHOOK));
        assertThat(configuration.isInvalid()).isTrue();
        assertThat(configuration.getErrorMessage()).isEqualTo("Ce n’est pas du JSON valide.");
        verify(plugins, never()).configure(anyString(), anyBoolean(), anyInt(), any());
    }

    @Test
    void an_accepted_configuration_is_saved_as_typed_with_the_channel_switched_on() {
        open(Locale.ENGLISH, WEBHOOK_JAR, new TenantPluginSetting(WEBHOOK, false, 3, Map.of()));
        TextArea configuration = get(TextArea.class, "configuration-" + WEBHOOK);
        configuration.setInvalid(true);
        _setValue(get(Checkbox.class, "enabled-" + WEBHOOK), true);
        _setValue(configuration, "{\"url\": \"https://hooks.example.com/in\", \"secret\": \"0123456789abcdef\","
                + " \"format\": \"teams\", \"timeoutSeconds\": 5}");
        _click(get(Button.class, "save-" + WEBHOOK));
        verify(plugins).configure(WEBHOOK, true, 3, Map.of("url", "https://hooks.example.com/in",
                "secret", "0123456789abcdef", "format", "teams", "timeoutSeconds", 5));
        assertThat(configuration.isInvalid()).isFalse();
    }

    private void open(Locale locale, InstalledPlugin plugin, TenantPluginSetting setting) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().add(new PluginEditor(plugins, host, plugin, setting));
    }

    private static <T extends Component> T get(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
