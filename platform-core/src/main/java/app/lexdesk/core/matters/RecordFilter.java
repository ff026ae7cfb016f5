package app.lexdesk.core.matters;

import java.util.Set;
import java.util.UUID;

/**
 * What the back-office lists of matters and of contracts filter on, beside their own criteria: free text
 * (reference, title, requester, company, and parties for contracts), origin, statuses, assignee.
 *
 * @param search   words to look for; blank for all
 * @param origin   PORTAL or INTERNAL; null for both
 * @param statuses the statuses to show; empty for all
 * @param assignee whose records to show
 */
public record RecordFilter(String search, Origin origin, Set<String> statuses, Assignee assignee) {

    public RecordFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        assignee = assignee == null ? Assignee.ANYONE : assignee;
    }

    public static RecordFilter none() {
        return new RecordFilter(null, null, Set.of(), Assignee.ANYONE);
    }

    /** {@link #search} as a case-insensitive SQL {@code like} pattern escaped with {@code \\}; null when blank. */
    public String likePattern() {
        if (search == null || search.isBlank()) {
            return null;
        }
        return "%" + search.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Reads the API's query parameters: {@code q}, {@code origin} (PORTAL or INTERNAL), {@code status}
     * (repeatable) and {@code assignee} ({@code me}, {@code none} or a person id; {@code me} is {@code caller}).
     *
     * @throws app.lexdesk.core.api.InvalidParameterException naming the parameter that cannot be read
     */
    public static RecordFilter fromParameters(String q, String origin, java.util.List<String> statuses,
            String assignee, UUID caller) {
        Origin o = null;
        if (origin != null && !origin.isBlank()) {
            try {
                o = Origin.valueOf(origin.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new app.lexdesk.core.api.InvalidParameterException("origin", "invalid-origin",
                        "origin is PORTAL or INTERNAL.");
            }
        }
        Assignee a = Assignee.ANYONE;
        if (assignee != null && !assignee.isBlank()) {
            switch (assignee.strip()) {
                case "me" -> a = Assignee.person(caller);
                case "none" -> a = Assignee.NOBODY;
                default -> {
                    try {
                        a = Assignee.person(UUID.fromString(assignee.strip()));
                    } catch (IllegalArgumentException e) {
                        throw new app.lexdesk.core.api.InvalidParameterException("assignee", "invalid-assignee",
                                "assignee is me, none or a person's id.");
                    }
                }
            }
        }
        return new RecordFilter(q, o, statuses == null ? Set.of() : new java.util.HashSet<>(statuses), a);
    }

    public RecordFilter withSearch(String words) {
        return new RecordFilter(words, origin, statuses, assignee);
    }

    /** Whose records a list shows: anyone's, nobody's yet, or one person's. */
    public record Assignee(UUID personId, boolean unassigned) {

        public static final Assignee ANYONE = new Assignee(null, false);
        public static final Assignee NOBODY = new Assignee(null, true);

        public Assignee {
            if (personId != null && unassigned) {
                throw new IllegalArgumentException("A record is either unassigned or assigned to someone");
            }
        }

        public static Assignee person(UUID personId) {
            return new Assignee(java.util.Objects.requireNonNull(personId), false);
        }
    }
}
