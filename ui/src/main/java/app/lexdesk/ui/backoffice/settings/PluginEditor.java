package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.plugins.InstalledPlugin;
import app.lexdesk.core.plugins.InvalidPluginConfigurationException;
import app.lexdesk.core.plugins.PluginHost;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.plugins.TenantPluginSetting;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;

/**
 * One installed plugin in Settings: its name and what it is (a classifier or a notification channel), on or off,
 * its place among classifiers, and its JSON configuration. Saving hands it to the core, which checks it against the
 * plugin's schema and the plugin's own rules; a refusal is shown on the configuration field and nothing is saved.
 */
class PluginEditor extends VerticalLayout {

    private static final ObjectMapper JSON = new ObjectMapper();

    PluginEditor(PluginSettingsService plugins, PluginHost host, InstalledPlugin plugin, TenantPluginSetting setting) {
        String id = plugin.id();
        boolean channel = host.channel(id).isPresent();
        H3 name = new H3(host.displayName(id, getLocale()));
        name.setId("plugin-name-" + id);
        Paragraph kind = new Paragraph(getTranslation(channel ? "settings.plugin.kind.channel"
                : "settings.plugin.kind.classifier"));
        kind.setId("plugin-kind-" + id);
        kind.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        Checkbox enabled = new Checkbox(getTranslation("settings.plugin.enabled"), setting.enabled());
        enabled.setId("enabled-" + id);
        IntegerField position = new IntegerField(getTranslation("settings.plugin.order"));
        position.setId("order-" + id);
        position.setValue(setting.position());
        position.setMin(0);
        // Only classifiers run in an order; a channel keeps whatever position it was saved with.
        position.setVisible(!channel);
        TextArea configuration = new TextArea(getTranslation("settings.plugin.configuration"));
        configuration.setId("configuration-" + id);
        configuration.setWidthFull();
        configuration.setMinHeight("10em");
        configuration.setValue(pretty(setting.configuration()));
        Button save = new Button(getTranslation("settings.save"), e -> {
            try {
                Map<String, Object> parsed = JSON.readValue(configuration.getValue().isBlank() ? "{}"
                        : configuration.getValue(), new TypeReference<>() { });
                plugins.configure(id, enabled.getValue(), position.getValue() == null ? 0 : position.getValue(), parsed);
                configuration.setInvalid(false);
                Notification.show(getTranslation("settings.saved"));
            } catch (JsonProcessingException ex) {
                configuration.setErrorMessage(getTranslation("settings.plugin.notjson"));
                configuration.setInvalid(true);
            } catch (InvalidPluginConfigurationException ex) {
                configuration.setErrorMessage(String.join(" ", ex.problems()));
                configuration.setInvalid(true);
            }
        });
        save.setId("save-" + id);
        add(name, kind, new HorizontalLayout(enabled, position), configuration, save);
        setId("plugin-" + id);
        addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM);
    }

    private static String pretty(Map<String, Object> configuration) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(configuration);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
