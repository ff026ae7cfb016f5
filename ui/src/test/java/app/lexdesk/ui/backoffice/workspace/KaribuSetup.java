package app.lexdesk.ui.backoffice.workspace;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/** A browserless Vaadin UI in English for the record sections' tests. */
final class KaribuSetup {

    private KaribuSetup() {
    }

    static void start() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    static void stop() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    static <T extends Component> T get(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }
}
