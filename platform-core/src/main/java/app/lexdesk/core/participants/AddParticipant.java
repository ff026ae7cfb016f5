package app.lexdesk.core.participants;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.people.NewContact;
import java.util.UUID;

/**
 * Command: give a person or company a role on a record — exactly one of an existing person, an existing company
 * or a new external contact.
 *
 * @throws InvalidParameterException naming the field at fault
 */
public record AddParticipant(ParticipantRole role, UUID personId, UUID companyId, NewContact contact) {

    public AddParticipant {
        if (role == null) {
            throw new InvalidParameterException("role", "required", "role is required: OPPOSING_PARTY, "
                    + "OUTSIDE_COUNSEL, INTERNAL_STAKEHOLDER or OTHER.");
        }
        int given = (personId == null ? 0 : 1) + (companyId == null ? 0 : 1) + (contact == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidParameterException(personId == null ? "personId" : "companyId", "one-of",
                    "Give exactly one of personId, companyId or contact.");
        }
    }

    public static AddParticipant person(ParticipantRole role, UUID personId) {
        return new AddParticipant(role, personId, null, null);
    }

    public static AddParticipant company(ParticipantRole role, UUID companyId) {
        return new AddParticipant(role, null, companyId, null);
    }

    public static AddParticipant contact(ParticipantRole role, NewContact contact) {
        return new AddParticipant(role, null, null, contact);
    }
}
