package app.lexdesk.core.plugins.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Validates parsed JSON (maps, lists, strings, numbers, booleans) against the JSON Schema subset plugins
 * declare: {@code type}, {@code properties}, {@code required}, {@code items}, {@code enum}, {@code maxItems},
 * {@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum}; other keywords ({@code default},
 * {@code description}) are for readers. Problems name the path ({@code rules[2].target}).
 */
public final class JsonSchemaValidator {

    private JsonSchemaValidator() {
    }

    public static List<String> validate(JsonNode schema, Object value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "configuration", problems);
        return problems;
    }

    private static void check(JsonNode schema, Object value, String path, List<String> problems) {
        String type = schema.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            problems.add(path + " must be " + article(type) + ".");
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.asText().equals(String.valueOf(value));
            }
            if (!listed) {
                problems.add(path + " must be one of " + schema.get("enum") + ".");
            }
        }
        if (value instanceof Map<?, ?> map) {
            for (JsonNode required : schema.path("required")) {
                if (!map.containsKey(required.asText())) {
                    problems.add(path + "." + required.asText() + " is required.");
                }
            }
            JsonNode properties = schema.path("properties");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (properties.has(key)) {
                    check(properties.get(key), entry.getValue(), path + "." + key, problems);
                } else if (properties.size() > 0) {
                    problems.add(path + "." + key + " is not a known setting.");
                }
            }
        }
        if (value instanceof String text && schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
            problems.add(path + " is longer than " + schema.get("maxLength").asInt() + " characters.");
        }
        if (value instanceof String text && schema.has("minLength")
                && text.length() < schema.get("minLength").asInt()) {
            problems.add(path + " is shorter than " + schema.get("minLength").asInt() + " characters.");
        }
        if (value instanceof Number number && schema.has("minimum")
                && number.doubleValue() < schema.get("minimum").asDouble()) {
            problems.add(path + " must be at least " + schema.get("minimum").asText() + ".");
        }
        if (value instanceof Number number && schema.has("maximum")
                && number.doubleValue() > schema.get("maximum").asDouble()) {
            problems.add(path + " must be at most " + schema.get("maximum").asText() + ".");
        }
        if (value instanceof Collection<?> list && schema.has("maxItems") && list.size() > schema.get("maxItems").asInt()) {
            problems.add(path + " has more than " + schema.get("maxItems").asInt() + " entries.");
            return;
        }
        if (value instanceof Collection<?> list && schema.has("items")) {
            int i = 0;
            for (Object item : list) {
                check(schema.get("items"), item, path + "[" + i++ + "]", problems);
            }
        }
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof Collection;
            case "string" -> value instanceof String;
            case "boolean" -> value instanceof Boolean;
            case "number" -> value instanceof Number;
            case "integer" -> value instanceof Integer || value instanceof Long;
            default -> true;
        };
    }

    private static String article(String type) {
        return (type.startsWith("o") || type.startsWith("a") || type.startsWith("i") ? "an " : "a ") + type;
    }
}
