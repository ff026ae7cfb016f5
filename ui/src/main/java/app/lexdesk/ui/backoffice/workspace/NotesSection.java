package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.notes.NoteService;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import com.vaadin.flow.component.Component;

/** The record page's notes: internal and shared notes, and the composer. */
@org.springframework.stereotype.Component
class NotesSection implements RecordSection {

    private final NoteService notes;

    NotesSection(NoteService notes) {
        this.notes = notes;
    }

    @Override
    public String titleKey() {
        return "record.section.notes";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(RecordContext record) {
        return new NotesPanel(notes, record);
    }
}
