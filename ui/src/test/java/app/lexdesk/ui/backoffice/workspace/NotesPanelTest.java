package app.lexdesk.ui.backoffice.workspace;

import static app.lexdesk.ui.backoffice.workspace.KaribuSetup.get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteDetails;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.ui.backoffice.records.RecordContext;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The notes composer without a browser: no note without an explicit choice of who reads it, sharing only once
 * confirmed, shared and internal notes told apart by colour and label, and what people write shown as text.
 */
class NotesPanelTest {

    final NoteService notes = mock(NoteService.class);
    final UUID record = UUID.randomUUID();
    final List<NoteDetails> stored = new ArrayList<>();

    @BeforeEach
    void open() {
        KaribuSetup.start();
        when(notes.of(record)).thenAnswer(i -> List.copyOf(stored));
        when(notes.add(eq(record), any())).thenAnswer(i -> {
            AddNote note = i.getArgument(1);
            NoteDetails added = new NoteDetails(UUID.randomUUID(), record, note.text(), note.visibility(),
                    UUID.randomUUID(), "Louis Durand", Instant.now());
            stored.add(0, added);
            return added;
        });
    }

    @AfterEach
    void close() {
        KaribuSetup.stop();
    }

    @Test
    void a_note_is_refused_until_the_author_chooses_who_reads_it() {
        show();
        assertThat(visibility().getValue()).as("nothing is preselected").isNull();
        _setValue(get(TextArea.class, "note-text"), "Called the landlord.");
        _click(get(Button.class, "note-post"));

        verify(notes, never()).add(any(), any());
        assertThat(visibility().isInvalid()).isTrue();
        assertThat(visibility().getErrorMessage()).isEqualTo("Choose Internal or Shared with requester");
    }

    @Test
    void sharing_asks_for_confirmation_and_posts_only_once_confirmed() {
        show();
        _setValue(get(TextArea.class, "note-text"), "We wrote to them.");
        _setValue(visibility(), NoteVisibility.SHARED);
        _click(get(Button.class, "note-post"));

        verify(notes, never()).add(any(), any());
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("note-share-confirm"));
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        ArgumentCaptor<AddNote> posted = ArgumentCaptor.forClass(AddNote.class);
        verify(notes).add(eq(record), posted.capture());
        assertThat(posted.getValue().visibility()).isEqualTo(NoteVisibility.SHARED);
        assertThat(visibility().getValue()).as("the next note is a new choice").isNull();
        assertThat(get(TextArea.class, "note-text").getValue()).isEmpty();
    }

    @Test
    void an_internal_note_is_posted_without_confirmation() {
        show();
        _setValue(get(TextArea.class, "note-text"), "Weak case.");
        _setValue(visibility(), NoteVisibility.INTERNAL);
        _click(get(Button.class, "note-post"));

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        ArgumentCaptor<AddNote> posted = ArgumentCaptor.forClass(AddNote.class);
        verify(notes).add(eq(record), posted.capture());
        assertThat(posted.getValue()).isEqualTo(new AddNote("Weak case.", NoteVisibility.INTERNAL));
    }

    @Test
    void shared_and_internal_notes_differ_by_colour_and_by_label() {
        stored.add(note("Shared words", NoteVisibility.SHARED));
        stored.add(note("Internal words", NoteVisibility.INTERNAL));
        show();

        List<Div> cards = _find(Div.class, s -> s.withClasses("lexdesk-note"));
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).getClassNames()).contains("lexdesk-shared");
        assertThat(cards.get(0).getElement().getTextRecursively()).contains("Shared with requester");
        assertThat(cards.get(1).getClassNames()).contains("lexdesk-internal");
        assertThat(cards.get(1).getElement().getTextRecursively()).contains("Internal");
    }

    @Test
    void markup_in_a_note_shows_as_text_and_only_web_addresses_become_links() {
        String written = "<img src=x onerror=alert(1)>\n<script>alert(1)</script> see https://example.org/a?b=1. "
                + "or javascript:alert(1)";
        stored.add(note(written, NoteVisibility.INTERNAL));
        show();

        Div text = _get(Div.class, s -> s.withClasses("lexdesk-note-text"));
        assertThat(text.getElement().getTextRecursively()).isEqualTo(written.replace("\n", ""));
        assertThat(text.getElement().getOuterHTML()).doesNotContain("<img").doesNotContain("<script")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("<br>");
        List<Anchor> links = _find(text, Anchor.class);
        assertThat(links).extracting(Anchor::getHref).containsExactly("https://example.org/a?b=1");
    }

    @Test
    void a_reply_the_requester_wrote_in_the_portal_says_so() {
        stored.add(new NoteDetails(UUID.randomUUID(), record, "Here is the lease.", NoteVisibility.SHARED,
                UUID.randomUUID(), "Rachel Moreau", Instant.now(), true));
        stored.add(note("We wrote to them.", NoteVisibility.SHARED));
        show();

        List<Div> cards = _find(Div.class, s -> s.withClasses("lexdesk-note"));
        assertThat(cards.get(0).getElement().getTextRecursively()).contains("From requester (portal reply)",
                "Rachel Moreau");
        assertThat(cards.get(0).getClassNames()).contains("lexdesk-from-requester");
        assertThat(cards.get(1).getElement().getTextRecursively()).doesNotContain("From requester");
    }

    private NoteDetails note(String text, NoteVisibility visibility) {
        return new NoteDetails(UUID.randomUUID(), record, text, visibility, UUID.randomUUID(), "Louis Durand",
                Instant.now());
    }

    private void show() {
        UI.getCurrent().add(new NotesPanel(notes, new RecordContext(record, RecordKind.MATTER, "MAT-2026-000001",
                null, null)));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<NoteVisibility> visibility() {
        return get(RadioButtonGroup.class, "note-visibility");
    }
}
