package app.lexdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sizes in the reader's units and number format: KB and MB in English, Ko and Mo with a decimal comma in French. */
class FileSizesTest {

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void kilobytes_round_up_and_megabytes_keep_one_decimal_in_each_language() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(FileSizes.of(UI.getCurrent(), 10)).isEqualTo("1 KB");
        assertThat(FileSizes.of(UI.getCurrent(), 1536 * 1024)).isEqualTo("1.5 MB");
        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(FileSizes.of(UI.getCurrent(), 2048)).isEqualTo("2 Ko");
        assertThat(FileSizes.of(UI.getCurrent(), 1536 * 1024)).isEqualTo("1,5 Mo");
    }
}
