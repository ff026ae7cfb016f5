package app.lexdesk.core.api;

import app.lexdesk.core.api.JunkBodies.Body;
import app.lexdesk.core.api.JunkValues.Junk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Derives the fuzz cases from the OpenAPI document: for every operation its ordinary request, then that
 * request with junk in one place at a time — each path parameter, each query parameter, the body (malformed,
 * mistyped, one property at a time), the headers, the framing — for each caller. Every path also gets the
 * methods it does not document and a sub-path that does not exist. The same seed gives the same cases.
 */
final class FuzzCases {

    /**
     * Real values made before fuzzing, so junk in one place meets valid values everywhere else: a path
     * parameter's value by the collection segment before it ({@code matters} for {@code /matters/{reference}}),
     * an ordinary JSON body by operation ({@code POST /api/v1/requests}). Anything missing is made up from
     * the schema.
     */
    record Samples(Map<String, String> byCollection, Map<String, String> bodies) {
    }

    static final String ANONYMOUS = "anonymous";
    private static final String BOUNDARY = "fuzz-7MA4YWxkTrZu0gW";
    private static final Set<String> PLAIN_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final Samples samples;
    private final Random random;
    private final List<String> callers;
    private final String baseUrl;

    FuzzCases(JsonNode document, Samples samples, Random random, List<String> callers, String baseUrl) {
        this.document = document;
        this.samples = samples;
        this.random = random;
        this.callers = List.copyOf(callers);
        this.baseUrl = baseUrl;
    }

    List<FuzzCase> derive(List<ApiOperation> operations) {
        List<FuzzCase> cases = new ArrayList<>();
        // In a fixed order, whatever order the document lists them in, so a seed draws the same junk for each.
        List<ApiOperation> sorted = operations.stream().sorted(Comparator.comparing(ApiOperation::key)).toList();
        for (ApiOperation op : sorted) {
            FuzzCase ordinary = ordinary(op);
            List<FuzzCase> variants = new ArrayList<>(List.of(ordinary));
            variants.addAll(pathJunk(op, ordinary));
            variants.addAll(queryJunk(op, ordinary));
            variants.addAll(headerJunk(ordinary));
            variants.addAll(bodyJunk(op, ordinary));
            variants.addAll(framingJunk(ordinary));
            cases.addAll(forEachCaller(variants));
            JunkValues.authorizations().forEach(junk -> cases.add(ordinary.withHeader("Authorization", junk.value())
                    .withLabel("Authorization: " + junk.label()).as(ANONYMOUS)));
        }
        Map<String, List<ApiOperation>> byPath = sorted.stream().collect(Collectors.groupingBy(
                ApiOperation::path, LinkedHashMap::new, Collectors.toList()));
        byPath.forEach((path, ops) -> cases.addAll(forEachCaller(pathJunk(path, ops))));
        cases.addAll(forEachCaller(unknownPaths()));
        return cases;
    }

    /**
     * Every caller but the anonymous one gets every case; an anonymous caller is refused before anything else
     * is read, so a third of the cases, drawn from the seed, show that well enough.
     */
    private List<FuzzCase> forEachCaller(List<FuzzCase> variants) {
        List<FuzzCase> cases = new ArrayList<>();
        for (FuzzCase variant : variants) {
            for (String caller : callers) {
                if (!caller.equals(ANONYMOUS) || random.nextInt(3) == 0) {
                    cases.add(variant.as(caller));
                }
            }
        }
        return cases;
    }

    private FuzzCase ordinary(ApiOperation op) {
        List<FuzzCase.Header> headers = new ArrayList<>();
        byte[] body = null;
        if (op.takesBody()) {
            String media = media(op);
            headers.add(new FuzzCase.Header("Content-Type", contentType(media)));
            body = ordinaryBody(op, media);
        }
        return FuzzCase.of(op.key(), "ordinary request", op.method(), path(op, null, null) + query(op, null),
                headers, body);
    }

    private List<FuzzCase> pathJunk(ApiOperation op, FuzzCase ordinary) {
        List<FuzzCase> cases = new ArrayList<>();
        for (ApiOperation.Parameter p : op.in("path")) {
            for (Junk junk : JunkValues.pathSegments(random)) {
                cases.add(ordinary.withTarget(path(op, p.name(), junk.value()) + query(op, null))
                        .withLabel("path " + p.name() + " = " + junk.label()));
            }
        }
        return cases;
    }

    private List<FuzzCase> queryJunk(ApiOperation op, FuzzCase ordinary) {
        String path = path(op, null, null);
        List<Map.Entry<String, String>> queries = new ArrayList<>();
        for (ApiOperation.Parameter p : op.in("query")) {
            String name = p.name();
            JunkValues.queryValues(random).forEach(junk -> queries.add(Map.entry("query " + name + " = "
                    + junk.label(), name + "=" + junk.value())));
            queries.add(Map.entry("query " + name + " repeated", name + "=" + sample(p) + "&" + name + "=abc"));
            queries.add(Map.entry("query " + name + " without a value", name));
            queries.add(Map.entry("query " + name + " with brackets", name + "%5B%5D=1"));
            queries.add(Map.entry("query " + name + " repeated 100 times", IntStream.range(0, 100)
                    .mapToObj(i -> name + "=" + i).collect(Collectors.joining("&"))));
        }
        queries.add(Map.entry("unknown query parameter", "zzUnknown=1"));
        queries.add(Map.entry("300 unknown query parameters", IntStream.range(0, 300).mapToObj(i -> "k" + i + "=v")
                .collect(Collectors.joining("&"))));
        queries.add(Map.entry("empty query parts", "&&&"));
        queries.add(Map.entry("query value without a name", "=x"));
        queries.add(Map.entry("NUL in a query name", "%00=1"));
        queries.add(Map.entry("raw space in the query", "a=b c"));
        List<FuzzCase> cases = new ArrayList<>();
        queries.forEach(q -> cases.add(ordinary.withTarget(path + query(op, q.getValue())).withLabel(q.getKey())));
        return cases;
    }

    private List<FuzzCase> headerJunk(FuzzCase ordinary) {
        List<FuzzCase> cases = new ArrayList<>();
        for (Junk junk : JunkValues.headers(random)) {
            cases.add(ordinary.withHeader(junk.label(), junk.value()).withLabel("header " + junk.label() + ": "
                    + FuzzCase.excerpt(junk.value(), 40)));
        }
        cases.add(ordinary.plusHeader("Accept", "application/json").plusHeader("Accept", "text/html")
                .withLabel("two Accept headers"));
        cases.add(ordinary.plusHeader("Idempotency-Key", "one").plusHeader("Idempotency-Key", "two")
                .withLabel("two Idempotency-Keys"));
        return cases;
    }

    private List<FuzzCase> bodyJunk(ApiOperation op, FuzzCase ordinary) {
        List<FuzzCase> cases = new ArrayList<>();
        if (!op.takesBody()) {
            cases.add(ordinary.withHeader("Content-Type", "application/json")
                    .withBody("{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8))
                    .withLabel("a JSON body it does not take"));
            return cases;
        }
        boolean json = op.bodies().keySet().stream().anyMatch(FuzzCases::isJson);
        FuzzCase asJson = ordinary.withHeader("Content-Type", "application/json");
        for (Body body : JunkBodies.malformed()) {
            cases.add(asJson.withBody(body.bytes()).withLabel("body " + body.label()));
        }
        cases.add(asJson.withBody(JunkBodies.invalidUtf8()).withLabel("body not UTF-8"));
        if (json) {
            JsonNode schema = op.bodies().entrySet().stream().filter(e -> isJson(e.getKey())).findFirst()
                    .orElseThrow().getValue();
            if (readTree(ordinary.body()) instanceof ObjectNode object) {
                for (Body body : JunkBodies.mutations(document, schema, object, random)) {
                    cases.add(asJson.withBody(body.bytes()).withLabel("body " + body.label()));
                }
            }
            cases.add(ordinary.withHeader("Content-Type", null).withLabel("JSON body without a Content-Type"));
            cases.add(ordinary.withHeader("Content-Type", "application/x-www-form-urlencoded")
                    .withBody("type=x&subject=y".getBytes(StandardCharsets.UTF_8)).withLabel("form body"));
            cases.add(ordinary.withHeader("Content-Type", "application/xml")
                    .withBody("<request><subject>x</subject></request>".getBytes(StandardCharsets.UTF_8))
                    .withLabel("XML body"));
            cases.add(ordinary.withHeader("Content-Type", "multipart/form-data").withLabel(
                    "multipart without a boundary"));
        }
        if (op.bodies().keySet().stream().anyMatch(m -> m.startsWith("multipart/"))) {
            cases.addAll(multipartJunk(ordinary));
        }
        return cases;
    }

    private List<FuzzCase> multipartJunk(FuzzCase ordinary) {
        String type = contentType("multipart/form-data");
        FuzzCase multipart = ordinary.withHeader("Content-Type", type);
        List<FuzzCase> cases = new ArrayList<>();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("no parts", ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        bodies.put("part with another name", part("other", "fuzz.txt", "text"));
        bodies.put("empty file", part("file", "empty.txt", ""));
        bodies.put("program", part("file", "setup.pdf", "MZ\u0090\u0000 program"));
        bodies.put("file name with traversal", part("file", "../../etc/passwd", ""));
        bodies.put("file name 2,000 long", part("file", "n".repeat(2000) + ".txt", ""));
        bodies.put("file name with NUL", part("file", "a\u0000.txt", ""));
        bodies.put("file name empty", part("file", "", ""));
        bodies.put("no closing boundary", ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"x.txt\"\r\n\r\nunterminated").getBytes(StandardCharsets.UTF_8));
        bodies.put("part without headers", ("--" + BOUNDARY + "\r\n\r\nbare\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        bodies.put("garbage", "this is not multipart".getBytes(StandardCharsets.UTF_8));
        bodies.forEach((label, body) -> cases.add(multipart.withBody(body).withLabel("multipart " + label)));
        cases.add(ordinary.withHeader("Content-Type", "multipart/form-data; boundary=other")
                .withLabel("multipart with another boundary"));
        cases.add(ordinary.withHeader("Content-Type", "multipart/form-data; boundary=")
                .withLabel("multipart with an empty boundary"));
        cases.add(ordinary.withHeader("Content-Type", "multipart/mixed; boundary=" + BOUNDARY)
                .withLabel("multipart/mixed"));
        return cases;
    }

    /** Framing and headers the JDK client will not send, so they go over a raw socket. */
    private List<FuzzCase> framingJunk(FuzzCase ordinary) {
        List<FuzzCase> cases = new ArrayList<>();
        JunkValues.rawHeaders().forEach(h -> cases.add(ordinary.withHeader(h.getKey(), h.getValue()).overSocket()
                .withLabel("raw header " + h.getKey() + ": " + FuzzCase.excerpt(h.getValue(), 40))));
        byte[] body = ordinary.body() == null ? "{}".getBytes(StandardCharsets.UTF_8) : ordinary.body();
        cases.add(ordinary.withHeader("Host", null).overSocket().withLabel("no Host header"));
        cases.add(ordinary.withBody(body).plusHeader("Content-Length", Integer.toString(body.length))
                .plusHeader("Content-Length", Integer.toString(body.length + 5)).overSocket()
                .withLabel("two different Content-Lengths"));
        cases.add(ordinary.withHeader("Transfer-Encoding", "chunked").withBody("zz\r\n{}\r\n0\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8)).overSocket().withLabel("bad chunk size"));
        cases.add(ordinary.withProtocol("HTTP/1.0").withLabel("HTTP/1.0"));
        cases.add(ordinary.withTarget(baseUrl + ordinary.target()).overSocket().withLabel("absolute-form target"));
        cases.add(ordinary.withMethod(ordinary.method().toLowerCase(Locale.ROOT)).overSocket()
                .withLabel("lower-case method"));
        return cases;
    }

    /** Methods a path does not document, and a sub-path of it that does not exist. */
    private List<FuzzCase> pathJunk(String path, List<ApiOperation> ops) {
        FuzzCase ordinary = ordinary(ops.get(0));
        Set<String> documented = ops.stream().map(ApiOperation::method).collect(Collectors.toSet());
        String operation = "* " + path;
        List<FuzzCase> cases = new ArrayList<>();
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE")) {
            if (!documented.contains(method)) {
                FuzzCase undocumented = FuzzCase.of(operation, "undocumented method " + method, method,
                        ordinary.target(), List.of(), null);
                cases.add(PLAIN_METHODS.contains(method) && !"GET".equals(method) && !"DELETE".equals(method)
                        ? undocumented.withHeader("Content-Type", "application/json")
                                .withBody("{}".getBytes(StandardCharsets.UTF_8))
                        : undocumented);
            }
        }
        String bare = ordinary.target().split("\\?")[0];
        cases.add(FuzzCase.of(operation, "unknown sub-path", "GET", bare + "/nope", List.of(), null));
        cases.add(FuzzCase.of(operation, "trailing slash", ops.get(0).method(), bare + "/", ordinary.headers(),
                ordinary.body()));
        cases.add(FuzzCase.of(operation, "upper-case path", ops.get(0).method(), bare.toUpperCase(Locale.ROOT),
                ordinary.headers(), ordinary.body()));
        return cases;
    }

    private static List<FuzzCase> unknownPaths() {
        String operation = "* /api (paths the document does not name)";
        List<FuzzCase> cases = new ArrayList<>();
        for (String target : List.of("/api/v1/nope", "/api/v2/me", "/api/v1", "/api/v1/", "/api", "/api/",
                "/api/v1//me", "/api/v1/./me", "/api/v1/%2e%2e/v1/me", "/api/v1/nope%00", "/api/v1/%", "/api/v1/me;x=y",
                "/api/v1/openapi/..%2F..%2Fme", "/api/" + "d/".repeat(1000))) {
            cases.add(FuzzCase.of(operation, "unknown path", "GET", target, List.of(), null));
        }
        cases.add(FuzzCase.of(operation, "unknown path", "POST", "/api/v1/nope", List.of(
                new FuzzCase.Header("Content-Type", "application/json")), "{}".getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    /** The path with every parameter set to its sample, except {@code junkParameter} set to {@code junk}. */
    private String path(ApiOperation op, String junkParameter, String junk) {
        Matcher m = PATH_PARAMETER.matcher(op.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(junkParameter) ? junk : pathSample(op, name);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private String pathSample(ApiOperation op, String name) {
        String before = op.path().substring(0, op.path().indexOf("{" + name + "}"));
        String[] segments = before.split("/");
        String collection = segments.length == 0 ? "" : segments[segments.length - 1];
        String known = samples.byCollection().get(collection);
        if (known != null) {
            return known;
        }
        return op.in("path").stream().filter(p -> p.name().equals(name)).findFirst().map(this::sample).orElse("fuzz");
    }

    /** The required query parameters with samples, plus {@code extra} as it is. */
    private String query(ApiOperation op, String extra) {
        List<String> parts = new ArrayList<>();
        op.in("query").stream().filter(ApiOperation.Parameter::required)
                .forEach(p -> parts.add(p.name() + "=" + sample(p)));
        if (extra != null) {
            parts.add(extra);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private String sample(ApiOperation.Parameter p) {
        JsonNode schema = p.schema();
        for (String field : List.of("example", "default")) {
            if (schema.has(field) && schema.get(field).isValueNode()) {
                return schema.get(field).asText();
            }
        }
        if (schema.path("enum").size() > 0) {
            return schema.get("enum").get(0).asText();
        }
        return switch (ApiOperation.type(schema)) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> "uuid".equals(schema.path("format").asText()) ? new UUID(0, 1).toString() : "fuzz";
        };
    }

    private static String media(ApiOperation op) {
        return op.bodies().keySet().stream().filter(FuzzCases::isJson).findFirst()
                .orElse(op.bodies().keySet().iterator().next());
    }

    private static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static String contentType(String media) {
        return media.startsWith("multipart/") ? media + "; boundary=" + BOUNDARY : media;
    }

    private byte[] ordinaryBody(ApiOperation op, String media) {
        if (media.startsWith("multipart/")) {
            return part("file", "fuzz.txt", "An upload of the fuzz suite.\n");
        }
        String known = samples.bodies().get(op.key());
        String body = known != null ? known : JunkBodies.example(document, op.bodies().get(media), 0).toString();
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] part(String name, String filename, String content) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode readTree(byte[] body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
