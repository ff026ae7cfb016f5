package app.lexdesk.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation (method and path) of the API as its OpenAPI document describes it, with every {@code $ref}
 * resolved, so the fuzz suite derives its cases from the document the application serves and not from a list
 * that would miss the next endpoint.
 */
record ApiOperation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies) {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** A path, query, header or cookie parameter and its schema. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    String key() {
        return method + " " + path;
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    boolean takesBody() {
        return !bodies.isEmpty();
    }

    /** Every operation of the document, in the document's order. */
    static List<ApiOperation> of(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode shared = path.getValue().path("parameters");
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode source : List.of(shared, op.getValue().path("parameters"))) {
                    source.forEach(p -> parameters.add(parameter(document, resolve(document, p))));
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                resolve(document, op.getValue().path("requestBody")).path("content").fields().forEachRemaining(
                        c -> bodies.put(c.getKey(), resolve(document, c.getValue().path("schema"))));
                operations.add(new ApiOperation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        List.copyOf(parameters), bodies));
            }
        }
        return operations;
    }

    /** A schema's {@code type}, also when OpenAPI 3.1 gives it as a list ({@code ["string", "null"]}). */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    /** Follows {@code $ref} (and a lone {@code allOf}) until a schema, parameter or body that says something. */
    static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node == null ? MissingNode.getInstance() : node;
        for (int hops = 0; hops < 20; hops++) {
            if (current.has("$ref")) {
                current = document.at(current.get("$ref").asText().substring(1));
            } else if (current.path("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        throw new IllegalStateException("A $ref cycle in the OpenAPI document near " + node);
    }

    private static Parameter parameter(JsonNode document, JsonNode p) {
        JsonNode schema = p.has("schema") ? p.get("schema")
                : p.path("content").elements().hasNext() ? p.path("content").elements().next().path("schema")
                : MissingNode.getInstance();
        return new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(false),
                resolve(document, schema));
    }
}
