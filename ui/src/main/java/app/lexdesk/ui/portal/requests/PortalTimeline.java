package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.activity.PortalActivity;
import app.lexdesk.core.portal.PortalStatusChange;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * What happened on a request that its requester may see, newest first, in words (the core's activity as recorded by
 * the features' listeners: {@code request.submitted}, {@code matter.status-changed}, {@code note.shared}, …). A
 * status is named by its portal label, taken from the request's status history, which the core builds from the same
 * entries in the same order. An action this page does not know yet reads as a change, never as its code.
 */
class PortalTimeline extends VerticalLayout {

    private final Div list = new Div();

    PortalTimeline() {
        setId("portal-timeline");
        setPadding(false);
        list.setWidthFull();
        add(new H3(getTranslation("portal.timeline.title")), list);
    }

    void show(List<PortalActivity> timeline, List<PortalStatusChange> history) {
        list.removeAll();
        if (timeline.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.timeline.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
            return;
        }
        List<Div> entries = new ArrayList<>();
        Iterator<PortalStatusChange> statuses = history.iterator();
        for (PortalActivity entry : timeline) {
            String status = null;
            if (entry.facts().containsKey("status")) {
                status = statuses.hasNext() ? statuses.next().label(getLocale()) : entry.facts().get("status")
                        .toString();
            }
            entries.add(entry(entry, status));
        }
        Collections.reverse(entries);
        entries.forEach(list::add);
    }

    private Div entry(PortalActivity entry, String status) {
        Div shown = new Div();
        shown.addClassName("lexdesk-activity-entry");
        Span when = new Span(Formats.dateTime(entry.at(), getLocale()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.Right.SMALL);
        Span what = new Span(label(this, entry, status));
        what.addClassName("lexdesk-timeline-text");
        shown.add(when, what);
        return shown;
    }

    /** The entry in the viewer's words; {@code status} is the portal label of the status it moved to, if any. */
    static String label(Component in, PortalActivity entry, String status) {
        String action = entry.action();
        int dot = action.indexOf('.');
        String subject = dot < 0 ? action : action.substring(0, dot);
        String verb = dot < 0 ? "" : action.substring(dot + 1);
        Object assignee = entry.facts().get("assignee");
        Object file = entry.facts().get("file");
        return switch (subject) {
            case "request" -> in.getTranslation("portal.timeline.submitted");
            case "matter", "contract" -> switch (verb) {
                case "opened" -> in.getTranslation("portal.timeline.opened");
                case "status-changed" -> in.getTranslation("portal.timeline.status", status == null ? "—" : status);
                case "assigned" -> assignee == null ? in.getTranslation("portal.timeline.assigned-someone")
                        : in.getTranslation("portal.timeline.assigned", assignee);
                case "unassigned" -> in.getTranslation("portal.timeline.unassigned");
                case "updated" -> entry.facts().containsKey("description")
                        ? in.getTranslation("portal.timeline.description") : in.getTranslation("portal.timeline.other");
                default -> in.getTranslation("portal.timeline.other");
            };
            case "note" -> in.getTranslation(verb.equals("requester-replied") ? "portal.timeline.replied"
                    : "portal.timeline.note");
            case "development" -> in.getTranslation("portal.timeline.development");
            case "attachment" -> switch (verb) {
                case "requester-sent" -> in.getTranslation("portal.timeline.files-sent");
                case "shared", "folder-shared" -> file == null ? in.getTranslation("portal.timeline.shared-some")
                        : in.getTranslation("portal.timeline.shared", file);
                case "downloaded" -> file == null ? in.getTranslation("portal.timeline.other")
                        : in.getTranslation("portal.timeline.downloaded", file);
                default -> in.getTranslation("portal.timeline.files");
            };
            default -> in.getTranslation("portal.timeline.other");
        };
    }
}
