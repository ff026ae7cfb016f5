package app.lexdesk.core.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Junk for path segments, query values and headers, each with a label that says what it tries. Values are
 * written as they go on the wire: already percent-encoded, or raw on purpose (a bare {@code %}, raw UTF-8).
 */
final class JunkValues {

    /** A junk value and what it is. */
    record Junk(String label, String value) {
    }

    private JunkValues() {
    }

    static List<Junk> pathSegments(Random random) {
        UUID uuid = uuid(random);
        String text = uuid.toString();
        return List.of(
                new Junk("NUL byte", "%00"),
                new Junk("NUL inside", "abc%00def"),
                new Junk("encoded traversal", "..%2F..%2Fetc%2Fpasswd"),
                new Junk("dot-dot", ".."),
                new Junk("encoded dot-dot", "%2e%2e"),
                new Junk("dot", "."),
                new Junk("encoded slash", "a%2Fb"),
                new Junk("encoded backslash", "a%5Cb"),
                new Junk("bare percent", "%"),
                new Junk("bad percent escape", "%zz"),
                new Junk("double-encoded percent", "%2525"),
                new Junk("unicode, encoded", "%C3%A9%E2%98%83"),
                new Junk("unicode, raw UTF-8", "é☃"),
                new Junk("emoji", "%F0%9F%92%A9"),
                new Junk("right-to-left override", "%E2%80%AEabc"),
                new Junk("overlong UTF-8 dot", "%C0%AE"),
                new Junk("invalid UTF-8", "%FF%FE"),
                new Junk("very long", "x".repeat(3000)),
                new Junk("SQL quote", "%27%20OR%20%271%27%3D%271"),
                new Junk("SQL statement", "1%3BDROP%20TABLE%20request--"),
                new Junk("LIKE wildcards", "%25_%25"),
                new Junk("HTML", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
                new Junk("JNDI lookup", "%24%7Bjndi%3Aldap%3A%2F%2Flocalhost%2Fx%7D"),
                new Junk("CRLF injection", "x%0D%0ASet-Cookie:%20a=b"),
                new Junk("tab", "%09"),
                new Junk("space", "%20"),
                new Junk("empty", ""),
                new Junk("matrix parameter", "x;jsessionid=abc"),
                new Junk("semicolon", ";"),
                new Junk("negative number", "-1"),
                new Junk("zero", "0"),
                new Junk("huge number", "99999999999999999999"),
                new Junk("below long range", "-9223372036854775809"),
                new Junk("huge exponent", "1e1000000000"),
                new Junk("NaN", "NaN"),
                new Junk("nil UUID", "00000000-0000-0000-0000-000000000000"),
                new Junk("unknown UUID", text),
                new Junk("UUID one short", text.substring(0, text.length() - 1)),
                new Junk("UUID one long", text + "0"),
                new Junk("UUID with bad hex", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"),
                new Junk("UUID in braces", "%7B" + text + "%7D"),
                new Junk("UUID upper case", text.toUpperCase(Locale.ROOT)),
                new Junk("not a UUID", "not-a-uuid"),
                new Junk("unknown reference", "REQ-2026-999999"),
                new Junk("reference with bad year", "MAT-0000-000000"));
    }

    static List<Junk> queryValues(Random random) {
        return List.of(
                new Junk("empty", ""),
                new Junk("word", "abc"),
                new Junk("negative", "-1"),
                new Junk("zero", "0"),
                new Junk("int overflow", "2147483648"),
                new Junk("int underflow", "-2147483649"),
                new Junk("huge number", "99999999999999999999999"),
                new Junk("huge exponent", "1e1000000000"),
                new Junk("decimal", "1.5"),
                new Junk("hex", "0x10"),
                new Junk("boolean", "true"),
                new Junk("null word", "null"),
                new Junk("NUL byte", "%00"),
                new Junk("very long", "x".repeat(2000)),
                new Junk("SQL quote", "%27%20OR%201%3D1--"),
                new Junk("LIKE wildcards", "%25_%25%5C"),
                new Junk("bare percent", "%"),
                new Junk("unicode", "%C3%A9%E2%98%83"),
                new Junk("right-to-left override", "%E2%80%AE"),
                new Junk("invalid UTF-8", "%FF%FE"),
                new Junk("brackets", "%5B%5D"),
                new Junk("braces", "%7B%7D"),
                new Junk("commas", ",,,"),
                new Junk("sort with three parts", "createdAt,desc,extra"),
                new Junk("sort on an unknown property", "nope,asc"),
                new Junk("sort on a nested property", "requester.email,asc"),
                new Junk("sort direction junk", "createdAt,sideways"),
                new Junk("unknown UUID", uuid(random).toString()),
                new Junk("not a UUID", "not-a-uuid"));
    }

    /** Odd headers every operation gets, each on top of the operation's ordinary request. */
    static List<Junk> headers(Random random) {
        return List.of(
                new Junk("Accept", "text/html"),
                new Junk("Accept", "application/xml"),
                new Junk("Accept", "image/png"),
                new Junk("Accept", "not a media type"),
                new Junk("Accept", "application/json;q=abc"),
                new Junk("Accept", "*/*;q=0"),
                new Junk("Content-Type", "text/plain"),
                new Junk("Content-Type", "application/xml"),
                new Junk("Content-Type", "not a media type"),
                new Junk("Content-Type", "application/json; charset=nope"),
                new Junk("Content-Type", "application/json; charset=UTF-16"),
                new Junk("Idempotency-Key", ""),
                // Random, so the database cannot compress it below an index entry's size limit.
                new Junk("Idempotency-Key", alphanumeric(random, 4000)),
                new Junk("Idempotency-Key", "%00' OR '1'='1"),
                new Junk("If-Match", "not-an-etag"),
                new Junk("If-Match", "W/\"junk\""),
                new Junk("If-None-Match", "*"),
                new Junk("If-Modified-Since", "yesterday"),
                new Junk("If-Unmodified-Since", "Mon, 32 Foo 99999 99:99:99 GMT"),
                new Junk("Range", "bytes=abc"),
                new Junk("Range", "bytes=99999999999-"),
                new Junk("Range", "bytes=5-1, 0-0, 1-1"),
                new Junk("Accept-Language", "xx-ZZ-@@@"),
                new Junk("Accept-Language", "fr;q=abc, *;q=2"),
                new Junk("Accept-Encoding", "gzip;q=nope"),
                new Junk("Accept-Charset", "nope"),
                new Junk("X-Fuzz-Large", "v".repeat(4000)),
                new Junk("Origin", "http://evil.test"),
                new Junk("X-HTTP-Method-Override", "DELETE"),
                new Junk("X-Forwarded-For", "not an address, 999.999.999.999"),
                new Junk("X-Forwarded-Proto", "gopher"),
                new Junk("X-Forwarded-Host", "evil.test:99999"),
                new Junk("Forwarded", "for=\"[::1\";proto=gopher"),
                new Junk("Cookie", "JSESSIONID=junk; XSRF-TOKEN=junk"),
                new Junk("Expect", "100-continue"));
    }

    /** What an anonymous caller tries instead of a token. */
    static List<Junk> authorizations() {
        return List.of(
                new Junk("bearer without a token", "Bearer"),
                new Junk("empty bearer token", "Bearer "),
                new Junk("three dots", "Bearer x.y.z"),
                new Junk("unsigned JWT", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."),
                new Junk("huge bearer token", "Bearer " + "a".repeat(4000)),
                new Junk("basic credentials", "Basic YWRtaW46YWRtaW4="),
                new Junk("unknown scheme", "Negotiate abc"),
                new Junk("two schemes", "Bearer a, Basic b"));
    }

    /** Malformed framing and headers the JDK client refuses to send; every operation gets them raw. */
    static List<Map.Entry<String, String>> rawHeaders() {
        return List.of(
                Map.entry("X-Fuzz", "a\u0000b"),
                Map.entry("X-Fuzz", "a\rb"),
                Map.entry("Idempotency-Key", "é☃"),
                Map.entry("X-Fuzz-Too-Large", "t".repeat(20_000)),
                Map.entry("X Fuzz", "space in the name"),
                Map.entry("X-Fuzz", "folded\r\n continuation"),
                Map.entry("Host", "evil.test:99999"),
                Map.entry("Content-Length", "abc"),
                Map.entry("Content-Length", "-1"));
    }

    static String alphanumeric(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    static UUID uuid(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return UUID.nameUUIDFromBytes(bytes);
    }
}
