package app.lexdesk.core.portal;

import app.lexdesk.core.activity.PortalActivity;
import app.lexdesk.core.attachments.PortalFile;
import app.lexdesk.core.developments.PortalKeyDevelopment;
import app.lexdesk.core.notes.PortalNote;
import app.lexdesk.core.feedback.PortalFeedback;
import java.time.LocalDate;
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
 * @param expectedAnswerBy the day a first answer is promised by, until the legal team first responds; null when
 *                         there is none (answered, or the request type promises nothing)
 * @param feedback         the requester's rating of the answer, null until they give one
 * @param mayRate          whether the viewer may rate it now (its requester, once the record is closed)
 * @param mayNameColleagues whether the viewer is the request's own requester, who alone names colleagues on it (a
 *                          named colleague acts on it but names nobody; a preview names nobody)
 */
public record PortalRequestDetails(PortalRequestSummary summary, String description, Map<String, String> fields,
        List<PortalStatusChange> statusHistory, List<PortalKeyDevelopment> developments, List<PortalNote> notes,
        List<PortalFile> files, List<PortalActivity> timeline, List<PortalColleague> colleagues, boolean mayAct,
        boolean preview, LocalDate expectedAnswerBy, PortalFeedback feedback, boolean mayRate,
        boolean mayNameColleagues) {

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
