package app.lexdesk.core.portal;

import app.lexdesk.core.activity.PortalActivity;
import app.lexdesk.core.attachments.PortalFile;
import app.lexdesk.core.developments.PortalKeyDevelopment;
import app.lexdesk.core.notes.PortalNote;
import java.util.List;
import java.util.Map;

/**
 * One request as its requester sees it, and nothing more: what they submitted, the record's status (its portal
 * label) with its history, the assignee's name, the description, the developments marked visible, the shared notes
 * (their own replies included), the files the folder rule shows them and the visible timeline. Nothing internal has
 * a place in this type: priority, classification, internal notes, hidden files and developments, other people.
 *
 * @param mayAct  whether the viewer may reply and send files (the requester, a colleague named on it); false for a
 *                colleague who sees it through company visibility and for a staff preview
 * @param preview built for staff previewing what the requester sees (read-only; nothing is marked seen)
 */
public record PortalRequestDetails(PortalRequestSummary summary, String description, Map<String, String> fields,
        List<PortalStatusChange> statusHistory, List<PortalKeyDevelopment> developments, List<PortalNote> notes,
        List<PortalFile> files, List<PortalActivity> timeline, List<PortalColleague> colleagues, boolean mayAct,
        boolean preview) {

    public PortalRequestDetails {
        fields = Map.copyOf(fields);
        statusHistory = List.copyOf(statusHistory);
        developments = List.copyOf(developments);
        notes = List.copyOf(notes);
        files = List.copyOf(files);
        timeline = List.copyOf(timeline);
        colleagues = List.copyOf(colleagues);
    }
}
