package app.lexdesk.core.records;

import java.util.List;

/** A status move the record's workflow does not allow from where the record is; nothing was changed. */
public class TransitionRefusedException extends RuntimeException {

    private final String from;
    private final String to;
    private final List<String> allowed;

    public TransitionRefusedException(String from, String to, List<String> allowed) {
        super("A record in " + from + " cannot move to " + to + "; from " + from + " it can move to "
                + (allowed.isEmpty() ? "no other status" : String.join(", ", allowed)) + ".");
        this.from = from;
        this.to = to;
        this.allowed = List.copyOf(allowed);
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public List<String> allowed() {
        return allowed;
    }
}
