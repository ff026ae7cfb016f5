package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import com.vaadin.flow.component.Component;

/** The record page's activity: who changed what, when, before and after, filterable by kind of change. */
@org.springframework.stereotype.Component
class ActivitySection implements RecordSection {

    private final ActivityService activity;

    ActivitySection(ActivityService activity) {
        this.activity = activity;
    }

    @Override
    public String titleKey() {
        return "record.section.activity";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Component create(RecordContext record) {
        return new ActivityPanel(activity, record);
    }
}
