package app.lexdesk.ui.backoffice.workspace;

import static app.lexdesk.ui.backoffice.workspace.KaribuSetup.get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.activity.ActivityEntry;
import app.lexdesk.core.activity.ActivityKind;
import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.ui.backoffice.records.RecordContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The activity without a browser: who, what and before → after in readable words, filtered by kind of change. */
class ActivityPanelTest {

    final ActivityService activity = mock(ActivityService.class);
    final UUID record = UUID.randomUUID();

    @BeforeEach
    void open() {
        KaribuSetup.start();
        when(activity.ofRecord(eq(record), any())).thenReturn(List.of(
                new ActivityEntry(UUID.randomUUID(), "matter.moved", List.of(ActivityKind.BOARD), UUID.randomUUID(),
                        "Louis Durand", Instant.now(), Map.of("board", "CORPORATE"), Map.of("board", "IP"), false),
                new ActivityEntry(UUID.randomUUID(), "note.shared", List.of(ActivityKind.NOTES), UUID.randomUUID(),
                        "Louis Durand", Instant.now(), Map.of(), Map.of("visibleToPortal", true), true)));
        UI.getCurrent().add(new ActivityPanel(activity, new RecordContext(record, RecordKind.MATTER,
                "MAT-2026-000001", null, null)));
    }

    @AfterEach
    void close() {
        KaribuSetup.stop();
    }

    @Test
    void every_entry_says_who_what_and_before_and_after_in_words() {
        List<Div> entries = _find(Div.class, s -> s.withClasses("lexdesk-activity-entry"));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getElement().getTextRecursively()).contains("Moved").contains("Louis Durand")
                .contains("Board: CORPORATE → IP");
        assertThat(entries.get(1).getElement().getTextRecursively()).contains("Note shared with the requester")
                .contains("Requester sees it").contains("Requester: sees it");
    }

    @Test
    void changes_to_files_read_as_words_with_where_they_went_and_what_the_requester_gained() {
        when(activity.ofRecord(eq(record), any())).thenReturn(List.of(
                new ActivityEntry(UUID.randomUUID(), "attachment.folder-shared", List.of(ActivityKind.VISIBILITY),
                        UUID.randomUUID(), "Louis Durand", Instant.now(), Map.of("visibility", "HIDDEN"),
                        Map.of("folder", "Pièces", "visibility", "VISIBLE", "path", "",
                                "sharedFiles", List.of("bail.pdf", "annexe.pdf"), "hiddenFiles", List.of()), false),
                new ActivityEntry(UUID.randomUUID(), "attachment.file-moved", List.of(ActivityKind.FILES),
                        UUID.randomUUID(), "Louis Durand", Instant.now(), Map.of("file", "bail.pdf", "from", ""),
                        Map.of("file", "bail.pdf", "to", "Pièces"), false),
                new ActivityEntry(UUID.randomUUID(), "attachment.version-added", List.of(ActivityKind.FILES),
                        UUID.randomUUID(), "Louis Durand", Instant.now(), Map.of("file", "bail.pdf", "version", 1),
                        Map.of("file", "bail.pdf", "version", 2), false)));
        _click(get(Button.class, "activity-refresh"));

        List<Div> entries = _find(Div.class, s -> s.withClasses("lexdesk-activity-entry"));
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).getElement().getTextRecursively()).contains("Folder shared with the requester")
                .contains("Folder: Pièces").contains("Where: top level")
                .contains("Setting: hidden from the requester → visible to the requester")
                .contains("Now visible to the requester: bail.pdf, annexe.pdf")
                .contains("Now hidden from the requester: —");
        assertThat(entries.get(1).getElement().getTextRecursively()).contains("File moved")
                .contains("From: top level").contains("To: Pièces");
        assertThat(entries.get(2).getElement().getTextRecursively()).contains("New version of a file")
                .contains("Version: v1 → v2");
    }

    @Test
    void choosing_kinds_of_change_asks_the_core_for_those_only() {
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ActivityKind> kinds = get(MultiSelectComboBox.class, "activity-kind");
        _setValue(kinds, Set.of(ActivityKind.NOTES, ActivityKind.PEOPLE));

        verify(activity).ofRecord(record, Set.of(ActivityKind.NOTES, ActivityKind.PEOPLE));
    }
}
