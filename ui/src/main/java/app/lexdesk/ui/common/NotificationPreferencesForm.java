package app.lexdesk.ui.common;

import app.lexdesk.core.notifications.InvalidNotificationRuleException;
import app.lexdesk.core.notifications.NotificationMode;
import app.lexdesk.core.notifications.NotificationPreference;
import app.lexdesk.core.notifications.NotificationPreferenceService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * The signed-in person's own notification preference, the same in the back office and the portal: every optional
 * notification as it happens, a daily digest, or none — mandatory ones still arrive — and the language of their
 * messages (automatic: the language they last wrote in, else the department's). The core keeps it per person.
 */
public class NotificationPreferencesForm extends VerticalLayout {

    /** The language choices; the empty one is "automatic". */
    static final List<String> LANGUAGES = List.of("", "en", "fr");

    private final NotificationPreferenceService preferences;
    private final RadioButtonGroup<NotificationMode> mode = new RadioButtonGroup<>();
    private final Select<String> language = new Select<>();

    /** @param portal whether the reader is a requester (whose mandatory notifications come from the legal team) */
    public NotificationPreferencesForm(NotificationPreferenceService preferences, boolean portal) {
        this.preferences = preferences;
        setId("notification-preferences");
        setPadding(false);
        H1 title = new H1(getTranslation("preferences.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        Paragraph intro = new Paragraph(getTranslation("preferences.intro"));
        Paragraph mandatory = new Paragraph(getTranslation(portal ? "preferences.mandatory.portal"
                : "preferences.mandatory.staff"));
        mandatory.setId("preferences-mandatory");
        mandatory.addClassNames(LumoUtility.TextColor.SECONDARY);
        mode.setId("preferences-mode");
        mode.setLabel(getTranslation("preferences.mode"));
        mode.setItems(NotificationMode.values());
        mode.setItemLabelGenerator(m -> getTranslation(modeKey(m)));
        mode.setRenderer(new ComponentRenderer<>(m -> {
            Span label = new Span(getTranslation(modeKey(m)));
            label.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span help = new Span(getTranslation(helpKey(m)));
            help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK);
            return new Div(label, help);
        }));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        language.setId("preferences-language");
        language.setLabel(getTranslation("preferences.language"));
        language.setHelperText(getTranslation("preferences.language.help"));
        language.setWidth("22em");
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> switch (l == null ? "" : l) {
            case "en" -> getTranslation("language.en");
            case "fr" -> getTranslation("language.fr");
            default -> getTranslation("preferences.language.automatic");
        });
        Button save = new Button(getTranslation("preferences.save"), e -> save());
        save.setId("preferences-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, intro, mode, mandatory, language, save);
    }

    /** Shows what the person chose (or the default). */
    public void load() {
        NotificationPreference mine = preferences.mine();
        mode.setValue(mine.mode());
        language.setValue(mine.language() == null ? "" : mine.language());
        mode.setInvalid(false);
        language.setInvalid(false);
    }

    private void save() {
        try {
            NotificationPreference saved = preferences.setMine(new NotificationPreference(mode.getValue(),
                    language.getValue() == null || language.getValue().isEmpty() ? null : language.getValue()));
            mode.setValue(saved.mode());
            mode.setInvalid(false);
            language.setInvalid(false);
            Notification.show(getTranslation("preferences.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidNotificationRuleException e) {
            HasValidation field = "language".equals(e.field()) ? language : mode;
            field.setErrorMessage(getTranslation("language".equals(e.field()) ? "preferences.error.language"
                    : "preferences.error.mode"));
            field.setInvalid(true);
        }
    }

    private static String helpKey(NotificationMode mode) {
        return switch (mode) {
            case IMMEDIATE -> "preferences.mode.immediate.help";
            case DIGEST -> "preferences.mode.digest.help";
            case OFF -> "preferences.mode.off.help";
        };
    }

    private static String modeKey(NotificationMode mode) {
        return switch (mode) {
            case IMMEDIATE -> "preferences.mode.immediate";
            case DIGEST -> "preferences.mode.digest";
            case OFF -> "preferences.mode.off";
        };
    }
}
