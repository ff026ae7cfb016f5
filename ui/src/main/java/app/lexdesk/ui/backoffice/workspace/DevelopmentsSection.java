package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.developments.KeyDevelopmentService;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import com.vaadin.flow.component.Component;

/** The record page's key developments: by date, visible ones marked, and an add dialog. */
@org.springframework.stereotype.Component
class DevelopmentsSection implements RecordSection {

    private final KeyDevelopmentService developments;

    DevelopmentsSection(KeyDevelopmentService developments) {
        this.developments = developments;
    }

    @Override
    public String titleKey() {
        return "record.section.developments";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(RecordContext record) {
        return new DevelopmentsPanel(developments, record);
    }
}
