package app.lexdesk.ui.backoffice.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.workflows.InvalidWorkflowException;
import app.lexdesk.core.workflows.SaveStatus;
import app.lexdesk.core.workflows.StatusInUseException;
import app.lexdesk.core.workflows.Transition;
import app.lexdesk.core.workflows.Workflow;
import app.lexdesk.core.workflows.WorkflowProblem;
import app.lexdesk.core.workflows.WorkflowService;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Settings → Workflows without a browser: the statuses and their moves as the core has them, a new status saved as
 * the core's command, the core's problems on the fields they name, and a status in use kept with a message.
 */
class WorkflowEditorTest {

    final WorkflowService workflows = mock(WorkflowService.class);
    static final RecordStatus NEW = status("NEW", "New", true);
    static final RecordStatus CLOSED = status("CLOSED", "Closed", false);
    final Workflow matters = new Workflow(RecordKind.MATTER, List.of(NEW, CLOSED),
            List.of(new Transition("NEW", "CLOSED")));

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        when(workflows.workflow(RecordKind.MATTER)).thenReturn(matters);
        UI.getCurrent().add(new WorkflowEditor(workflows));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void the_statuses_are_listed_with_where_each_may_move() {
        Grid<?> grid = _get(Grid.class, s -> s.withId("workflow-statuses"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("NEW", "New", "Initial", "Closed");
    }

    @Test
    void a_new_status_is_saved_with_its_names_labels_and_moves() {
        when(workflows.saveStatus(eq(RecordKind.MATTER), any(SaveStatus.class))).thenReturn(matters);
        _click(_get(Button.class, s -> s.withId("workflow-new-status")));
        _setValue(text("workflow-status-code"), "ON_HOLD");
        _setValue(text("workflow-status-name-en"), "On hold");
        _setValue(text("workflow-status-name-fr"), "En attente");
        _setValue(text("workflow-status-label-en"), "On hold");
        _setValue(text("workflow-status-label-fr"), "En attente");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> next = _get(MultiSelectComboBox.class, s -> s.withId("workflow-status-next"));
        _setValue(next, Set.of("CLOSED"));
        _click(_get(Button.class, s -> s.withId("workflow-save-status")));

        ArgumentCaptor<SaveStatus> saved = ArgumentCaptor.forClass(SaveStatus.class);
        verify(workflows).saveStatus(eq(RecordKind.MATTER), saved.capture());
        assertThat(saved.getValue()).isEqualTo(new SaveStatus("ON_HOLD", "On hold", "En attente", "On hold",
                "En attente", StatusCategory.OPEN, false, false, Set.of("CLOSED")));
    }

    @Test
    void a_bad_code_is_shown_on_the_code_field_before_anything_is_saved() {
        _click(_get(Button.class, s -> s.withId("workflow-new-status")));
        _setValue(text("workflow-status-code"), "on hold");
        _setValue(text("workflow-status-name-en"), "On hold");
        _click(_get(Button.class, s -> s.withId("workflow-save-status")));

        assertThat(text("workflow-status-code").isInvalid()).isTrue();
        assertThat(text("workflow-status-code").getErrorMessage()).startsWith("Capital letters");
        assertThat(text("workflow-status-name-fr").isInvalid()).isTrue();
        assertThat(text("workflow-status-name-en").isInvalid()).isFalse();
    }

    @Test
    void the_cores_problems_land_on_the_field_they_name() {
        when(workflows.saveStatus(eq(RecordKind.MATTER), any(SaveStatus.class))).thenThrow(
                new InvalidWorkflowException(List.of(new WorkflowProblem("next", "unknown-status", "gone"))));
        GridKt._clickItem(_get(Grid.class, s -> s.withId("workflow-statuses")), 1);
        _click(_get(Button.class, s -> s.withId("workflow-save-status")));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> next = _get(MultiSelectComboBox.class, s -> s.withId("workflow-status-next"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("no longer exists");
    }

    @Test
    void a_status_records_are_in_is_kept_and_the_administrator_is_told_why() {
        when(workflows.deleteStatus(RecordKind.MATTER, "CLOSED")).thenThrow(new StatusInUseException("CLOSED", 3));
        GridKt._clickItem(_get(Grid.class, s -> s.withId("workflow-statuses")), 1);
        assertThat(text("workflow-status-code").isReadOnly()).isTrue();

        _click(_get(Button.class, s -> s.withId("workflow-delete-status")));

        assertThat(_get(Span.class, s -> s.withId("workflow-error")).getText())
                .startsWith("3 record(s) are in this status");
    }

    private static TextField text(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    private static RecordStatus status(String code, String name, boolean initial) {
        return new RecordStatus(code, name, name, name, name, StatusCategory.OPEN, initial, false, 0);
    }
}
