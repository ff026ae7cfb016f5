package app.lexdesk.ui.backoffice.feedback;

import app.lexdesk.core.feedback.FeedbackService;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import com.vaadin.flow.component.Component;

/** The record page's "Answer & feedback" tab, on records opened from a portal request (they have a requester). */
@org.springframework.stereotype.Component
class FeedbackSection implements RecordSection {

    private final FeedbackService feedback;
    private final ExpectedResponseService responses;

    FeedbackSection(FeedbackService feedback, ExpectedResponseService responses) {
        this.feedback = feedback;
        this.responses = responses;
    }

    @Override
    public String titleKey() {
        return "record.section.feedback";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public boolean appliesTo(RecordContext record) {
        return record.requestId() != null;
    }

    @Override
    public Component create(RecordContext record) {
        return new FeedbackPanel(feedback, responses, record);
    }
}
