package app.lexdesk.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON merge patch body (RFC 7396) as the API reads it: a member that is absent leaves its field alone, a member
 * that is {@code null} clears it. Every reading names the member at fault ({@link InvalidParameterException}), so a
 * bad patch is refused with 400 before anything is changed.
 */
public final class MergePatch {

    private final JsonNode body;

    private MergePatch(JsonNode body) {
        this.body = body;
    }

    /** The patch, refusing anything that is not an object of {@code allowed} members. */
    public static MergePatch of(JsonNode body, Set<String> allowed) {
        if (body == null || !body.isObject()) {
            throw new InvalidParameterException("body", "invalid-type", "The body is a JSON object (a merge patch).");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidParameterException(name, "unknown-property",
                        name + " is not a property of this body.");
            }
        }
        return new MergePatch(body);
    }

    public boolean has(String name) {
        return body.has(name);
    }

    public String text(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string");
        }
        return value.asText();
    }

    public LocalDate date(String name) {
        String text = text(name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "invalid-date", name + " is a date like 2027-03-31.");
        }
    }

    public BigDecimal decimal(String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual() && value.asText().length() <= 40) {
                return new BigDecimal(value.asText());
            }
        } catch (NumberFormatException e) {
            // Refused below.
        }
        throw new InvalidParameterException(name, "invalid-money", name + " is an amount like 1250.00.");
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "invalid-value", name + " is one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                    + ".");
        }
    }

    /** A list of objects, each read by {@code item} (which names the member at fault as {@code name[i].member}). */
    public <T> List<T> list(String name, int max, Function<Item, T> item) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array");
        }
        if (value.size() > max) {
            throw new InvalidParameterException(name, "too-many", name + " has at most " + max + " items.");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(item.apply(new Item(name + "[" + i + "]", value.get(i))));
        }
        return items;
    }

    /** One object of a list member. */
    public record Item(String path, JsonNode node) {

        public String text(String member) {
            if (!node.isObject()) {
                throw new InvalidParameterException(path, "invalid-type", path + " is an object.");
            }
            JsonNode value = node.get(member);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw new InvalidParameterException(path + "." + member, "invalid-type",
                        path + "." + member + " is a string.");
            }
            return value.asText();
        }
    }

    private static InvalidParameterException wrongType(String name, String what) {
        return new InvalidParameterException(name, "invalid-type", name + " is " + what + " or null.");
    }
}
