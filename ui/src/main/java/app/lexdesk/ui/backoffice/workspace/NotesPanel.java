package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteDetails;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.PlainText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * A record's notes and the composer. The author chooses "Internal" or "Shared with requester" for every note (no
 * choice is preselected, and the post is refused until one is made); sharing asks for confirmation. Shared notes
 * are green and labelled, internal ones grey and labelled.
 */
class NotesPanel extends VerticalLayout {

    private final NoteService notes;
    private final RecordContext record;
    private final TextArea text = new TextArea();
    private final RadioButtonGroup<NoteVisibility> visibility = new RadioButtonGroup<>();
    private final Div list = new Div();
    private final FieldErrors errors = new FieldErrors(this);

    NotesPanel(NoteService notes, RecordContext record) {
        this.notes = notes;
        this.record = record;
        setId("record-notes");
        setPadding(false);
        text.setId("note-text");
        text.setLabel(getTranslation("notes.text"));
        text.setMaxLength(AddNote.TEXT_MAX);
        text.setWidthFull();
        visibility.setId("note-visibility");
        visibility.setLabel(getTranslation("notes.visibility"));
        visibility.setItems(NoteVisibility.INTERNAL, NoteVisibility.SHARED);
        visibility.setItemLabelGenerator(v -> v == NoteVisibility.SHARED ? getTranslation("notes.shared")
                : getTranslation("notes.internal"));
        visibility.addValueChangeListener(e -> visibility.setInvalid(false));
        Button post = new Button(getTranslation("notes.post"), e -> post());
        post.setId("note-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        errors.on("text", text).on("visibility", visibility);
        list.setId("notes");
        list.setWidthFull();
        add(text, new HorizontalLayout(visibility, post), list);
        refresh();
    }

    private void post() {
        errors.clear();
        boolean ok = true;
        if (text.getValue().isBlank()) {
            errors.show(text, "workspace.error.required");
            ok = false;
        }
        if (visibility.getValue() == null) {
            errors.show(visibility, "notes.error.choose-visibility");
            ok = false;
        }
        if (!ok) {
            return;
        }
        if (visibility.getValue() == NoteVisibility.SHARED) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("notes.confirm.title"),
                    getTranslation("notes.confirm.text"), getTranslation("notes.confirm.share"), e -> save());
            confirm.setId("note-share-confirm");
            confirm.setCancelable(true);
            ComponentTexts.apply(confirm);
            confirm.open();
        } else {
            save();
        }
    }

    private void save() {
        try {
            notes.add(record.recordId(), new AddNote(text.getValue(), visibility.getValue()));
        } catch (InvalidParameterException e) {
            if (!errors.show(e)) {
                errors.show(text, "workspace.error.invalid");
            }
            return;
        } catch (RateLimitedException e) {
            text.setErrorMessage(getTranslation("notes.error.rate-limited", e.retryAfterSeconds()));
            text.setInvalid(true);
            return;
        }
        text.clear();
        // Every note is a new choice: nothing stays selected for the next one.
        visibility.clear();
        errors.clear();
        refresh();
        record.changed().run();
    }

    private void refresh() {
        list.removeAll();
        List<NoteDetails> found = notes.of(record.recordId());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notes.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        found.forEach(n -> list.add(note(n)));
    }

    private Div note(NoteDetails n) {
        Div card = new Div();
        card.addClassNames("lexdesk-note", n.shared() ? "lexdesk-shared" : "lexdesk-internal");
        Span who = new Span(n.authorName() == null ? "—" : n.authorName());
        who.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span when = new Span(Formats.dateTime(n.createdAt(), getLocale()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout head = new HorizontalLayout(n.shared() ? Badges.shared(getTranslation("notes.shared"))
                : Badges.internal(getTranslation("notes.internal")), who, when);
        if (n.fromRequester()) {
            // A reply the requester wrote in the portal: said in words, not only by its author's name.
            Span from = new Span(getTranslation("notes.from-requester"));
            from.getElement().getThemeList().add("badge");
            from.addClassName("lexdesk-from-requester");
            head.addComponentAtIndex(1, from);
            card.addClassName("lexdesk-from-requester");
        }
        head.setAlignItems(Alignment.BASELINE);
        Div body = PlainText.of(n.text());
        body.addClassName("lexdesk-note-text");
        card.add(head, body);
        return card;
    }
}
