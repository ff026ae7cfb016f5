package app.lexdesk.ui.backoffice.records;

import static app.lexdesk.ui.backoffice.records.RecordFixtures.IN_REVIEW;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.NEW;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.REQUEST;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.matter;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.intake.ClassificationSuggestion;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.RequestDetails;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.ui.common.FileLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The Overview tab without a browser: the description is saved as a change of the version read, and
 * "Re-classify" shows what the classifiers say before anything moves, moving only when the user confirms.
 */
class RecordOverviewTest {

    final RecordWorkService work = mock(RecordWorkService.class);
    final IntakeService intake = mock(IntakeService.class);
    final List<String> moves = new ArrayList<>();
    String board = "CORPORATE";

    @BeforeEach
    void vaadin() {
        RecordFixtures.signIn();
        when(intake.findById(REQUEST)).thenReturn(Optional.of(new RequestDetails(REQUEST, "REQ-2026-000003",
                RequestKind.MATTER, "litigation", "Litigation or dispute", "Litige ou contentieux", "Lease dispute",
                "The landlord writes.", Map.of(), "en", Instant.parse("2026-11-30T09:00:00Z"), null, "Rachel Moreau",
                "Client Co", "CORPORATE", "default target of request type litigation", "MAT-2026-000007")));
    }

    @AfterEach
    void tearDown() {
        RecordFixtures.signOut();
    }

    @Test
    void re_classify_shows_the_suggestion_and_moves_only_when_the_user_confirms() {
        when(intake.reclassify(REQUEST)).thenReturn(Optional.of(new ClassificationSuggestion("LITIGATION",
                "rules-classifier matched 'mise en demeure'")));
        open();
        assertThat(_get(Paragraph.class, s -> s.withId("record-classification")).getText())
                .isEqualTo("Classified: Corporate — default target of request type litigation");

        _click(_get(Button.class, s -> s.withId("reclassify")));

        assertThat(_get(Paragraph.class, s -> s.withId("reclassify-suggestion")).getText())
                .isEqualTo("The classifiers now suggest Litigation (rules-classifier matched 'mise en demeure').");
        assertThat(moves).isEmpty();
        _click(_get(Button.class, s -> s.withId("reclassify-confirm")));
        assertThat(moves).containsExactly("LITIGATION");
    }

    @Test
    void re_classify_offers_no_move_when_the_classifiers_agree_with_where_the_record_is() {
        when(intake.reclassify(REQUEST)).thenReturn(Optional.of(new ClassificationSuggestion("CORPORATE", "default")));
        open();

        _click(_get(Button.class, s -> s.withId("reclassify")));

        assertThat(_get(Paragraph.class, s -> s.withId("reclassify-suggestion")).getText())
                .isEqualTo("The classifiers still say Corporate (default).");
        assertThat(_find(Button.class, s -> s.withId("reclassify-confirm"))).isEmpty();
    }

    @Test
    void the_description_is_saved_as_a_change_of_the_version_the_page_read() {
        when(work.edit(eq(RecordKind.MATTER), eq("MAT-2026-000007"), eq(5L), any(EditRecord.class)))
                .thenReturn(matter(NEW, List.of(IN_REVIEW), null, null, 6));
        open();

        _setValue(_get(TextArea.class, s -> s.withId("record-description")), "The landlord wants the keys back.");
        _click(_get(Button.class, s -> s.withId("save-description")));

        ArgumentCaptor<EditRecord> edit = ArgumentCaptor.forClass(EditRecord.class);
        verify(work).edit(eq(RecordKind.MATTER), eq("MAT-2026-000007"), eq(5L), edit.capture());
        assertThat(edit.getValue().description().value()).isEqualTo("The landlord wants the keys back.");
        assertThat(edit.getValue().priority()).isNull();
    }

    private void open() {
        RecordHeaderBar bar = new RecordHeaderBar(work, matter(NEW, List.of(IN_REVIEW), null, null, 5), null, null);
        Map<String, String> names = Map.of("CORPORATE", "Corporate", "LITIGATION", "Litigation");
        UI.getCurrent().add(bar, new RecordOverview(work, bar, intake, mock(RequestTypeService.class),
                mock(AttachmentService.class), mock(FileLinks.class), new RecordOverview.Placement(names::get,
                        () -> board, moves::add)));
    }
}
