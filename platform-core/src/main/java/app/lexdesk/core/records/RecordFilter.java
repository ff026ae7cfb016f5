package app.lexdesk.core.records;

import app.lexdesk.core.api.InvalidParameterException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

    /** Longer searches and status lists than any person types; bounds what one list call makes the server do. */
    public static final int SEARCH_MAX = 200;
    public static final int STATUSES_MAX = 50;

    public RecordFilter {
        // The API refuses longer searches with a message; other callers are cut to the bound.
        search = search != null && search.length() > SEARCH_MAX ? search.substring(0, SEARCH_MAX) : search;
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
        return "%" + search.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Reads the API's query parameters: {@code q}, {@code origin} (PORTAL or INTERNAL), {@code status}
     * (repeatable) and {@code assignee} ({@code me}, {@code none} or a person id; {@code me} is {@code caller}).
     *
     * @throws InvalidParameterException naming the parameter that cannot be read
     */
    public static RecordFilter fromParameters(String q, String origin, List<String> statuses,
            String assignee, UUID caller) {
        if (q != null && q.length() > SEARCH_MAX) {
            throw new InvalidParameterException("q", "too-long", "q is at most " + SEARCH_MAX + " characters.");
        }
        if (statuses != null && statuses.size() > STATUSES_MAX) {
            throw new InvalidParameterException("status", "too-many", "status is given at most " + STATUSES_MAX
                    + " times.");
        }
        Origin o = null;
        if (origin != null && !origin.isBlank()) {
            try {
                o = Origin.valueOf(origin.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("origin", "invalid-origin",
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
                        throw new InvalidParameterException("assignee", "invalid-assignee",
                                "assignee is me, none or a person's id.");
                    }
                }
            }
        }
        return new RecordFilter(q, o, statuses == null ? Set.of() : new HashSet<>(statuses), a);
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
            return new Assignee(Objects.requireNonNull(personId), false);
        }
    }
}
