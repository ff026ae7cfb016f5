package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.activity.ActivityEntry;
import app.lexdesk.core.activity.ActivityKind;
import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A record's activity, newest first: who, when, what, and each fact before → after. Entries the requester's
 * timeline shows are labelled so. Filtered by kind of change; entries are written just after each change
 * commits, so "Refresh" reads them again.
 */
class ActivityPanel extends VerticalLayout implements RecordSection.ShownAgain {

    private final ActivityService activity;
    private final RecordContext record;
    private final MultiSelectComboBox<ActivityKind> kinds = new MultiSelectComboBox<>();
    private final Div list = new Div();

    ActivityPanel(ActivityService activity, RecordContext record) {
        this.activity = activity;
        this.record = record;
        setId("record-activity");
        setPadding(false);
        kinds.setId("activity-kind");
        ComponentTexts.apply(kinds);
        kinds.setLabel(getTranslation("activity.filter"));
        kinds.setPlaceholder(getTranslation("activity.filter.all"));
        kinds.setItems(ActivityKind.values());
        kinds.setItemLabelGenerator(k -> ActivityLabels.kind(this, k));
        kinds.addValueChangeListener(e -> refresh());
        Button again = new Button(getTranslation("activity.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        again.setId("activity-refresh");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(kinds, again);
        bar.setAlignItems(Alignment.BASELINE);
        list.setId("activity");
        list.setWidthFull();
        add(bar, list);
        refresh();
    }

    @Override
    public void shown() {
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ActivityEntry> found = activity.ofRecord(record.recordId(), kinds.getValue());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("activity.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        found.forEach(e -> list.add(entry(e)));
    }

    private Div entry(ActivityEntry e) {
        Div row = new Div();
        row.addClassName("lexdesk-activity-entry");
        Span what = new Span(ActivityLabels.action(this, e.action()));
        what.addClassNames("activity-action", LumoUtility.FontWeight.SEMIBOLD);
        Span who = new Span(e.actorName() == null ? getTranslation("activity.platform") : e.actorName());
        who.addClassName("activity-actor");
        Span when = new Span(Formats.dateTime(e.at(), getLocale()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout head = new HorizontalLayout(what, who, when);
        head.setAlignItems(Alignment.BASELINE);
        if (e.visibleToRequester()) {
            head.add(Badges.shared(getTranslation("activity.visible")));
        }
        row.add(head);
        Set<String> facts = new LinkedHashSet<>(e.before().keySet());
        facts.addAll(e.after().keySet());
        for (String fact : facts) {
            Object before = e.before().get(fact);
            Object after = e.after().get(fact);
            boolean changed = e.before().containsKey(fact) && e.after().containsKey(fact);
            String change = changed && !Objects.equals(before, after)
                    ? ActivityLabels.value(this, fact, before) + " → " + ActivityLabels.value(this, fact, after)
                    : ActivityLabels.value(this, fact, e.after().containsKey(fact) ? after : before);
            Span line = new Span(ActivityLabels.fact(this, fact) + ": " + change);
            line.addClassNames("activity-change", LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL);
            row.add(line);
        }
        return row;
    }
}
