package app.lexdesk.core.contracts;

import app.lexdesk.core.records.InvalidRecordChangeException;

/** A party to a contract, with its role. */
public record Party(String name, PartyRole role) {

    public static final int NAME_MAX = 200;

    public Party {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new InvalidRecordChangeException("parties", "invalid-party",
                    "A party has a name of 1 to " + NAME_MAX + " characters.");
        }
        if (role == null) {
            throw new InvalidRecordChangeException("parties", "invalid-party", "A party has a role.");
        }
    }
}
