package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import com.vaadin.flow.component.Component;

/** The record page's people: requester and company with contact details, and others with their roles. */
@org.springframework.stereotype.Component
class PeopleSection implements RecordSection {

    private final ParticipantService participants;
    private final PeopleService people;

    PeopleSection(ParticipantService participants, PeopleService people) {
        this.participants = participants;
        this.people = people;
    }

    @Override
    public String titleKey() {
        return "record.section.people";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(RecordContext record) {
        return new PeoplePanel(participants, people, record);
    }
}
