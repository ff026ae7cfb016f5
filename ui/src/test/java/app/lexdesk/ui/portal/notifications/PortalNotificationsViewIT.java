package app.lexdesk.ui.portal.notifications;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.notifications.NotificationMode;
import app.lexdesk.core.notifications.NotificationPreference;
import app.lexdesk.core.notifications.NotificationPreferenceService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.UiIntegrationTest;
import app.lexdesk.ui.common.EnglishDefaults;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import app.lexdesk.ui.common.NotificationPreferencesForm;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A requester's own notification preferences in the portal without a browser, on the real core: what they choose is
 * what the core keeps for them, and the page speaks their language.
 */
@UiIntegrationTest
class PortalNotificationsViewIT {

    @Autowired NotificationPreferenceService preferences;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    TenantContext.Scope scope;

    @BeforeEach
    void vaadin() {
        var t = directory.findBySlug("acme").orElseThrow();
        CurrentTenant acme = new CurrentTenant(t.id(), t.slug());
        Map<String, Object> person = TenantContext.call(acme, () -> transactions.execute(s -> jdbc.queryForMap(
                "select person_id, display_name from membership where email = ?", "colleague@client.test")));
        scope = TenantContext.open(new TenantMember(acme, "ACME Legal", (UUID) person.get("person_id"),
                "colleague@client.test", (String) person.get("display_name"), Set.of(Role.PORTAL_USER)));
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        try {
            preferences.setMine(NotificationPreference.DEFAULT);
        } finally {
            scope.close();
            MockVaadin.tearDown();
            System.clearProperty("vaadin.i18n.provider");
        }
    }

    @Test
    void a_requester_takes_a_daily_digest_in_french_emails_and_the_core_keeps_it() {
        open();
        RadioButtonGroup<NotificationMode> mode = mode();
        assertThat(mode.getValue()).as("nothing chosen yet: as they happen").isEqualTo(NotificationMode.IMMEDIATE);
        assertThat(_get(Paragraph.class, s -> s.withId("preferences-mandatory")).getText())
                .isEqualTo("Mandatory notifications chosen by your legal team still arrive, as they happen, "
                        + "whatever you choose here.");
        _setValue(mode, NotificationMode.DIGEST);
        _setValue(language(), "fr");
        _click(_get(Button.class, s -> s.withId("preferences-save")));

        assertThat(preferences.mine()).isEqualTo(new NotificationPreference(NotificationMode.DIGEST, "fr"));

        UI.getCurrent().removeAll();
        open();
        assertThat(mode().getValue()).as("shown as saved when the page opens again").isEqualTo(NotificationMode.DIGEST);
        assertThat(language().getValue()).isEqualTo("fr");
        _setValue(language(), "");
        _click(_get(Button.class, s -> s.withId("preferences-save")));
        assertThat(preferences.mine()).as("automatic again").isEqualTo(new NotificationPreference(
                NotificationMode.DIGEST, null));
    }

    @Test
    void the_french_page_says_everything_in_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        open();

        assertThat(_get(H1.class).getText()).isEqualTo("Mes notifications");
        assertThat(mode().getItemLabelGenerator().apply(NotificationMode.DIGEST)).isEqualTo("Récapitulatif quotidien");
        assertThat(_get(Paragraph.class, s -> s.withId("preferences-mandatory")).getText())
                .startsWith("Les notifications obligatoires choisies par votre équipe juridique arrivent toujours");
        assertThat(language().getItemLabelGenerator().apply("")).isEqualTo("Automatique");
        assertThat(_get(Button.class, s -> s.withId("preferences-save")).getText()).isEqualTo("Enregistrer mon choix");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    private void open() {
        UI.getCurrent().add(new PortalNotificationsView(preferences));
        _get(NotificationPreferencesForm.class).load();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<NotificationMode> mode() {
        return _get(RadioButtonGroup.class, s -> s.withId("preferences-mode"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> language() {
        return _get(Select.class, s -> s.withId("preferences-language"));
    }
}
