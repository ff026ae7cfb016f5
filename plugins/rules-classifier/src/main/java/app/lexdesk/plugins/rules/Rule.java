package app.lexdesk.plugins.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rule: a target board and conditions that must all hold — any of its phrases in the subject or
 * description, the request type among its types, the company among its companies, a field's value among
 * its values. A rule without conditions is rejected by validation.
 */
record Rule(String target, List<String> phrases, List<String> requestTypes, List<String> companies,
        String field, List<String> fieldValues) {

    /** The phrase or condition that matched, for the reason shown to staff; empty when the rule fails. */
    Optional<String> match(String foldedText, String requestType, String company, Map<String, String> fields) {
        String because = null;
        if (!phrases.isEmpty()) {
            Optional<String> phrase = phrases.stream().filter(p -> Text.containsPhrase(foldedText, p)).findFirst();
            if (phrase.isEmpty()) {
                return Optional.empty();
            }
            because = "matched '" + phrase.get() + "'";
        }
        if (!requestTypes.isEmpty()) {
            if (!requestTypes.contains(requestType)) {
                return Optional.empty();
            }
            because = because == null ? "request type " + requestType : because;
        }
        if (!companies.isEmpty()) {
            String c = Text.fold(company);
            if (companies.stream().map(Text::fold).noneMatch(c::equals)) {
                return Optional.empty();
            }
            because = because == null ? "company " + company : because;
        }
        if (field != null) {
            String value = Text.fold(fields.get(field));
            if (fieldValues.stream().map(Text::fold).noneMatch(value::equals)) {
                return Optional.empty();
            }
            because = because == null ? field + " is " + fields.get(field) : because;
        }
        return Optional.ofNullable(because);
    }

    boolean hasCondition() {
        return !phrases.isEmpty() || !requestTypes.isEmpty() || !companies.isEmpty() || field != null;
    }

    /** Reads a rule from parsed JSON configuration. */
    static Rule from(Map<?, ?> json) {
        Object field = json.get("field");
        return new Rule(String.valueOf(json.get("target")), strings(json.get("phrases")),
                strings(json.get("requestTypes")), strings(json.get("companies")),
                field == null ? null : field.toString(), strings(json.get("fieldValues")));
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        }
        return List.copyOf(out);
    }
}
