package app.lexdesk.core.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends {@link FuzzCase}s to the local test application only: with the JDK client over HTTP/1.1, or over a raw
 * socket for the requests the JDK client will not build. Adds the caller's bearer token unless the case
 * brings its own {@code Authorization}.
 */
final class FuzzSender {

    /** What came back; {@code failure} when nothing did (connection reset, timeout). */
    record FuzzAnswer(int status, Map<String, String> headers, String body, String failure) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String describe() {
            if (failure != null) {
                return "no answer: " + failure;
            }
            return status + " " + header("content-type") + " '" + FuzzCase.excerpt(body, 200) + "'";
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final Map<String, String> tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    FuzzSender(String baseUrl, Map<String, String> tokensByCaller) {
        this.base = URI.create(baseUrl);
        if (!"localhost".equals(base.getHost()) && !"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("The fuzz suite only talks to the local test application: " + base);
        }
        this.tokens = Map.copyOf(tokensByCaller);
    }

    FuzzAnswer send(FuzzCase c) {
        if (!c.socket()) {
            HttpRequest request;
            try {
                request = request(c);
            } catch (IllegalArgumentException refusedByTheClient) {
                return overSocket(c);
            }
            return overClient(request);
        }
        return overSocket(c);
    }

    private HttpRequest request(FuzzCase c) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.target())).timeout(TIMEOUT)
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        String token = tokens.get(c.caller());
        if (token != null && c.header("Authorization") == null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (FuzzCase.Header h : c.headers()) {
            if (h.value() == null) {
                throw new IllegalArgumentException("The JDK client always sends " + h.name());
            }
            request.header(h.name(), h.value());
        }
        return request.build();
    }

    private FuzzAnswer overClient(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(", ", values)));
            return new FuzzAnswer(response.statusCode(), headers, new String(response.body(), StandardCharsets.UTF_8),
                    null);
        } catch (IOException e) {
            return new FuzzAnswer(0, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FuzzAnswer(0, Map.of(), "", "interrupted");
        }
    }

    private FuzzAnswer overSocket(FuzzCase c) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head(c));
                if (c.body() != null) {
                    out.write(c.body());
                }
                out.flush();
            } catch (IOException e) {
                // Tomcat may refuse a head it cannot take (headers too large) and close before the body is sent: its
                // answer is already there to read, and it is what is judged.
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            return new FuzzAnswer(0, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private byte[] head(FuzzCase c) {
        StringBuilder head = new StringBuilder().append(c.method()).append(' ').append(c.target()).append(' ')
                .append(c.protocol()).append("\r\n");
        if (!c.headers().stream().anyMatch(h -> h.name().equalsIgnoreCase("Host"))) {
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        }
        String token = tokens.get(c.caller());
        if (token != null && c.header("Authorization") == null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        boolean framed = false;
        for (FuzzCase.Header h : c.headers()) {
            framed |= List.of("content-length", "transfer-encoding").contains(h.name().toLowerCase(Locale.ROOT));
            if (h.value() != null) {
                head.append(h.name()).append(": ").append(h.value()).append("\r\n");
            }
        }
        if (!framed && c.body() != null) {
            head.append("Content-Length: ").append(c.body().length).append("\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    /** Status line, headers and a body de-chunked if need be: enough HTTP/1.1 to judge an answer. */
    private static FuzzAnswer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        // An interim answer (100 Continue to an Expect header) precedes the real one.
        while (text.matches("(?s)HTTP/1\\.\\d 1\\d\\d .*") && text.indexOf("\r\n\r\n") > 0) {
            int skip = text.indexOf("\r\n\r\n") + 4;
            text = text.substring(skip);
            raw = Arrays.copyOfRange(raw, skip, raw.length);
        }
        int end = text.indexOf("\r\n\r\n");
        if (text.isEmpty() || end < 0 || !text.startsWith("HTTP/")) {
            return new FuzzAnswer(0, Map.of(), text, text.isEmpty() ? "connection closed without an answer"
                    : "not an HTTP answer: " + FuzzCase.excerpt(text, 120));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new FuzzAnswer(status, headers, new String(body, StandardCharsets.UTF_8), null);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            int start = lineEnd + 2;
            body.write(chunked, start, Math.min(length, chunked.length - start));
            at = start + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
