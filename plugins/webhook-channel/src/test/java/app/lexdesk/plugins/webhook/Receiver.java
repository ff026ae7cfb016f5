package app.lexdesk.plugins.webhook;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP receiver on a free loopback port: it keeps what it was sent and answers with the status, body, headers
 * and delay a test sets.
 */
final class Receiver implements AutoCloseable {

    record Received(String method, String path, Headers headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile int status = 204;
    private volatile String answer = "";
    private volatile Duration delay = Duration.ZERO;
    private volatile String retryAfter;
    private volatile String location;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), body));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    Receiver answers(int status, String answer) {
        this.status = status;
        this.answer = answer;
        return this;
    }

    Receiver retryAfter(String value) {
        this.retryAfter = value;
        return this;
    }

    Receiver redirectsTo(String value) {
        this.location = value;
        return this;
    }

    Receiver waits(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** The next request received, waiting a little for it. */
    Received next() throws InterruptedException {
        Received next = received.poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("the receiver got no request");
        }
        return next;
    }

    int count() {
        return received.size();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
