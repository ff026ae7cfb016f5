package app.lexdesk.core.records;

import app.lexdesk.core.api.InvalidParameterException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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

    /**
     * This filter in the grammar {@link #fromParameters} reads ({@code q}, {@code origin}, {@code status},
     * {@code assignee}), so the back office's addresses and the API share one grammar written in one place;
     * {@code caller}'s own records are written {@code me}. What filters nothing gives no parameter.
     */
    public Map<String, List<String>> toParameters(UUID caller) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (search != null && !search.isBlank()) {
            params.put("q", List.of(search.strip()));
        }
        if (origin != null) {
            params.put("origin", List.of(origin.name().toLowerCase(Locale.ROOT)));
        }
        if (!statuses.isEmpty()) {
            params.put("status", statuses.stream().sorted().toList());
        }
        if (assignee.unassigned()) {
            params.put("assignee", List.of("none"));
        } else if (assignee.personId() != null) {
            params.put("assignee", List.of(assignee.personId().equals(caller) ? "me" : assignee.personId().toString()));
        }
        return params;
    }

    /**
     * {@link #fromParameters} for an address a person may have kept or edited: a parameter that cannot be read
     * filters nothing instead of refusing the whole filter.
     */
    public static RecordFilter fromParametersLeniently(Map<String, List<String>> params, UUID caller) {
        String q = lenient(() -> fromParameters(first(params, "q"), null, null, null, caller).search());
        Origin o = lenient(() -> fromParameters(null, first(params, "origin"), null, null, caller).origin());
        Set<String> s = lenient(() -> fromParameters(null, null, params.get("status"), null, caller).statuses());
        Assignee a = caller == null && "me".equals(first(params, "assignee")) ? Assignee.ANYONE
                : lenient(() -> fromParameters(null, null, null, first(params, "assignee"), caller).assignee());
        return new RecordFilter(q, o, s, a);
    }

    private static String first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).findFirst()
                .orElse(null);
    }

    private static <T> T lenient(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidParameterException e) {
            return null;
        }
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
