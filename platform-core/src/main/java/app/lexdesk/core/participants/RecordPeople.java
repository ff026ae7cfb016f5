package app.lexdesk.core.participants;

import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PersonDetails;
import java.util.List;

/** Who is on a record (staff): its requester and company (null for an internal record) and the others by role. */
public record RecordPeople(PersonDetails requester, CompanySummary company, PersonDetails assignee,
        List<Participant> others) {
}
