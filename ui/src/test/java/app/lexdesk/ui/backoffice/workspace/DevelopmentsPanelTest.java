package app.lexdesk.ui.backoffice.workspace;

import static app.lexdesk.ui.backoffice.workspace.KaribuSetup.get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.developments.AddKeyDevelopment;
import app.lexdesk.core.developments.KeyDevelopmentDetails;
import app.lexdesk.core.developments.KeyDevelopmentService;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.common.EnglishDefaults;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Key developments without a browser: the visibility is always the author's choice, and visible ones are marked. */
class DevelopmentsPanelTest {

    final KeyDevelopmentService developments = mock(KeyDevelopmentService.class);
    final UUID record = UUID.randomUUID();
    final List<KeyDevelopmentDetails> stored = new ArrayList<>();

    @BeforeEach
    void open() {
        KaribuSetup.start();
        when(developments.of(record)).thenAnswer(i -> List.copyOf(stored));
        when(developments.add(eq(record), any())).thenAnswer(i -> {
            AddKeyDevelopment d = i.getArgument(1);
            KeyDevelopmentDetails added = new KeyDevelopmentDetails(UUID.randomUUID(), record, d.date(), d.title(),
                    d.text(), d.visibleToRequester(), UUID.randomUUID(), "Louis Durand", Instant.now());
            stored.add(0, added);
            return added;
        });
        UI.getCurrent().add(new DevelopmentsPanel(developments, new RecordContext(record, RecordKind.MATTER,
                "MAT-2026-000001", null, null)));
    }

    @AfterEach
    void close() {
        KaribuSetup.stop();
    }

    @Test
    void a_development_is_refused_until_the_author_chooses_whether_the_requester_sees_it() {
        _click(get(Button.class, "development-add"));
        MockVaadin.clientRoundtrip();
        _setValue(get(TextField.class, "development-title"), "Hearing set");
        _click(get(Button.class, "development-save"));

        verify(developments, never()).add(any(), any());
        assertThat(visibility().isInvalid()).isTrue();
        assertThat(visibility().getErrorMessage()).isEqualTo("Choose whether the requester sees this development");
    }

    @Test
    void a_visible_development_is_saved_as_chosen_and_marked_by_colour_and_label() {
        _click(get(Button.class, "development-add"));
        MockVaadin.clientRoundtrip();
        _setValue(get(DatePicker.class, "development-date"), LocalDate.of(2026, 3, 12));
        _setValue(get(TextField.class, "development-title"), "Hearing set");
        _setValue(visibility(), Boolean.TRUE);
        _click(get(Button.class, "development-save"));

        ArgumentCaptor<AddKeyDevelopment> saved = ArgumentCaptor.forClass(AddKeyDevelopment.class);
        verify(developments).add(eq(record), saved.capture());
        assertThat(saved.getValue().visibleToRequester()).isTrue();
        assertThat(saved.getValue().date()).isEqualTo(LocalDate.of(2026, 3, 12));
        Div card = _find(Div.class, s -> s.withClasses("lexdesk-development")).get(0);
        assertThat(card.getClassNames()).contains("lexdesk-shared");
        assertThat(card.getElement().getTextRecursively()).contains("Hearing set").contains("Visible to requester");
    }

    @Test
    void a_title_the_core_refuses_is_flagged_on_the_title() {
        _click(get(Button.class, "development-add"));
        MockVaadin.clientRoundtrip();
        _setValue(visibility(), Boolean.FALSE);
        _click(get(Button.class, "development-save"));

        assertThat(get(TextField.class, "development-title").isInvalid()).isTrue();
        assertThat(get(TextField.class, "development-title").getErrorMessage()).isEqualTo("Required");
        verify(developments, never()).add(any(), any());
    }

    @SuppressWarnings("unchecked")

    @Test
    void in_french_the_developments_date_picker_says_nothing_in_english() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        _click(get(Button.class, "development-add"));
        MockVaadin.clientRoundtrip();

        assertThat(get(DatePicker.class, "development-date").getI18n().getMonthNames()).startsWith("janvier");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    private RadioButtonGroup<Boolean> visibility() {
        return get(RadioButtonGroup.class, "development-visibility");
    }
}
