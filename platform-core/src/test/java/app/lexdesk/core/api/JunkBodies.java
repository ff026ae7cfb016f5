package app.lexdesk.core.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Request bodies that are wrong in every way a JSON body can be: not JSON, JSON of the wrong shape, and the
 * operation's ordinary body with one property at a time set to null, the wrong type, a huge value, deep
 * nesting, or a container holding nulls. Properties come from the body's schema in the OpenAPI document.
 */
final class JunkBodies {

    /** A body as sent (raw JSON text, so it can be invalid) and what it tries. */
    record Body(String label, String json) {

        byte[] bytes() {
            return json.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A huge exponent: {@code 1e1000000000} turned into a plain number would fill the heap, and the server
     * shares this JVM, so the suite sends a large but survivable one.
     */
    static final String HUGE_EXPONENT = "1e100000";
    private static final int DEEP = 5000;

    private JunkBodies() {
    }

    /** Bodies that are not the operation's body at all, whatever its schema. */
    static List<Body> malformed() {
        return List.of(
                new Body("empty body", ""),
                new Body("unterminated object", "{"),
                new Body("unterminated property", "{\"a\":"),
                new Body("lone closing brace", "}"),
                new Body("truncated literal", "nul"),
                new Body("single quotes", "{'a':'b'}"),
                new Body("trailing comma", "{\"a\":\"b\",}"),
                new Body("comment", "/* c */ {}"),
                new Body("NaN literal", "{\"a\":NaN}"),
                new Body("two documents", "{}{}"),
                new Body("NUL byte", "\u0000"),
                new Body("byte order mark", "\uFEFF{}"),
                new Body("array", "[]"),
                new Body("array of objects", "[{}]"),
                new Body("string", "\"text\""),
                new Body("number", "42"),
                new Body("huge exponent", HUGE_EXPONENT),
                new Body("boolean", "true"),
                new Body("null", "null"),
                new Body("empty object", "{}"),
                new Body("deeply nested arrays", "[".repeat(DEEP) + "]".repeat(DEEP)),
                new Body("deeply nested objects", "{\"a\":".repeat(DEEP) + "{}" + "}".repeat(DEEP)),
                new Body("polymorphic type id", "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"id\"]}"),
                new Body("prototype pollution", "{\"__proto__\":{\"admin\":true},\"constructor\":{}}"));
    }

    /** Bytes that are not UTF-8 at all, sent as JSON. */
    static byte[] invalidUtf8() {
        return new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    }

    /** The ordinary body with one thing wrong at a time, for each property the schema names. */
    static List<Body> mutations(JsonNode document, JsonNode schema, ObjectNode ordinary, Random random) {
        List<Body> bodies = new ArrayList<>();
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            properties.put(p.getKey(), ApiOperation.resolve(document, p.getValue()));
        }
        ordinary.fieldNames().forEachRemaining(name -> properties.putIfAbsent(name, JSON.createObjectNode()));
        properties.forEach((name, property) -> {
            for (Map.Entry<String, String> junk : junkFor(document, property, random)) {
                bodies.add(new Body(name + " " + junk.getKey(), with(ordinary, name, junk.getValue())));
            }
        });
        bodies.add(new Body("unknown property", with(ordinary, "zzUnknown", "1")));
        bodies.add(new Body("duplicate property", duplicate(ordinary)));
        bodies.add(new Body("1 MB string in an unknown property", with(ordinary, "padding",
                quote("p".repeat(1 << 20)))));
        return bodies;
    }

    /** An example of a body the schema describes, for operations the suite has no real example of. */
    static JsonNode example(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = ApiOperation.resolve(document, schema);
        if (resolved.has("example")) {
            return resolved.get("example");
        }
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(0);
        }
        switch (ApiOperation.type(resolved)) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                if (depth < 4) {
                    resolved.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            example(document, p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                return JSON.createArrayNode().add(example(document, resolved.path("items"), depth + 1));
            }
            case "integer", "number" -> {
                return JSON.getNodeFactory().numberNode(1);
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(true);
            }
            default -> {
                return JSON.getNodeFactory().textNode("uuid".equals(resolved.path("format").asText())
                        ? "00000000-0000-0000-0000-000000000001" : "fuzz");
            }
        }
    }

    private static List<Map.Entry<String, String>> junkFor(JsonNode document, JsonNode property, Random random) {
        List<Map.Entry<String, String>> junk = new ArrayList<>(List.of(
                Map.entry("null", "null"),
                Map.entry("huge string", quote("h".repeat(100_000))),
                Map.entry("empty string", "\"\""),
                Map.entry("control characters", "\"\\u0000\\u0007\\u202E\\uFFFF\""),
                Map.entry("lone surrogate", "\"\\uD800\""),
                Map.entry("huge exponent", HUGE_EXPONENT),
                Map.entry("huge integer", "9".repeat(900)),
                Map.entry("negative number", "-1"),
                Map.entry("boolean", "false"),
                Map.entry("deep nesting", "[".repeat(DEEP) + "]".repeat(DEEP))));
        switch (ApiOperation.type(property)) {
            case "array" -> {
                JsonNode items = ApiOperation.resolve(document, property.path("items"));
                junk.add(Map.entry("[null]", "[null]"));
                junk.add(Map.entry("[\"\"]", "[\"\"]"));
                junk.add(Map.entry("[1]", "[1]"));
                junk.add(Map.entry("[[]]", "[[]]"));
                junk.add(Map.entry("[{}]", "[{}]"));
                junk.add(Map.entry("item not a UUID", "[\"not-a-uuid\"]"));
                junk.add(Map.entry("unknown item", "[" + quote(JunkValues.uuid(random).toString()) + "]"));
                junk.add(Map.entry("10,000 items", IntStream.range(0, 10_000)
                        .mapToObj(i -> quote(example(document, items, 1).asText()))
                        .collect(Collectors.joining(",", "[", "]"))));
                junk.add(Map.entry("string instead of array", "\"x\""));
                junk.add(Map.entry("object instead of array", "{}"));
            }
            case "object" -> {
                junk.add(Map.entry("{\"a\":null}", "{\"a\":null}"));
                junk.add(Map.entry("{\"a\":1}", "{\"a\":1}"));
                junk.add(Map.entry("{\"a\":{}}", "{\"a\":{}}"));
                junk.add(Map.entry("{\"a\":[]}", "{\"a\":[]}"));
                junk.add(Map.entry("empty key", "{\"\":\"x\"}"));
                junk.add(Map.entry("huge key", "{" + quote("k".repeat(100_000)) + ":\"x\"}"));
                junk.add(Map.entry("huge value", "{\"a\":" + quote("v".repeat(100_000)) + "}"));
                junk.add(Map.entry("2,000 keys", IntStream.range(0, 2_000).mapToObj(i -> "\"k" + i + "\":\"v\"")
                        .collect(Collectors.joining(",", "{", "}"))));
                junk.add(Map.entry("string instead of object", "\"x\""));
                junk.add(Map.entry("array instead of object", "[]"));
            }
            case "integer", "number" -> {
                junk.add(Map.entry("string instead of number", "\"abc\""));
                junk.add(Map.entry("decimal", "1.5"));
                junk.add(Map.entry("object instead of number", "{}"));
            }
            default -> {
                junk.add(Map.entry("number instead of string", "123"));
                junk.add(Map.entry("object instead of string", "{}"));
                junk.add(Map.entry("array instead of string", "[\"a\"]"));
                junk.add(Map.entry("unicode", quote("é☃\uD83D\uDCA9 " + "ü".repeat(300))));
            }
        }
        return junk;
    }

    /** {@code ordinary} with {@code name} set to raw JSON text, which may be JSON no mapper would write. */
    private static String with(ObjectNode ordinary, String name, String rawValue) {
        ObjectNode others = ordinary.deepCopy();
        others.remove(name);
        String rest = write(others);
        String property = quote(name) + ":" + rawValue;
        return others.isEmpty() ? "{" + property + "}" : rest.substring(0, rest.length() - 1) + "," + property + "}";
    }

    private static String duplicate(ObjectNode ordinary) {
        if (ordinary.isEmpty()) {
            return "{\"a\":1,\"a\":2}";
        }
        String first = ordinary.fieldNames().next();
        return with(ordinary, first, write(ordinary.get(first)) + "," + quote(first) + ":\"second\"");
    }

    private static String quote(String text) {
        return write(JSON.getNodeFactory().textNode(text));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
