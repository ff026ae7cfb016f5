package app.lexdesk.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test-only: an S3 API server of its own (S3Proxy, filesystem backend, a temporary folder, a free port), apart from
 * the dev services' one that every other test shares, so a test can stop it — storage really down — and start it
 * again. The bucket, region and credentials are the dev services' ({@link #storageProperties()}). Stopped by
 * {@link #close()}, and with the JVM at the latest.
 */
public final class StandaloneS3Server implements AutoCloseable {

    private final Path dir;
    private final int port;
    private S3Server server;

    private StandaloneS3Server(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts a new server and waits until its bucket exists. */
    public static StandaloneS3Server start() {
        try {
            StandaloneS3Server server = new StandaloneS3Server(Files.createTempDirectory("lexdesk-s3-"), Ports.free());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "lexdesk-standalone-s3-stop"));
            return server.restart();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same port and folder (objects stored before are still there). */
    public synchronized StandaloneS3Server restart() {
        if (server == null) {
            server = new S3Server(dir, Distributions.home().resolve("run"), port).start();
        }
        return this;
    }

    /** Stops the process; the port refuses connections until {@link #restart()}. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public boolean running() {
        return Ports.listening(port);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The {@code lexdesk.storage.s3.*} properties that point an application at this server. */
    public Map<String, String> storageProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lexdesk.storage.s3.endpoint", endpoint());
        p.put("lexdesk.storage.s3.region", S3Server.REGION);
        p.put("lexdesk.storage.s3.bucket", S3Server.BUCKET);
        p.put("lexdesk.storage.s3.access-key", S3Server.ACCESS_KEY);
        p.put("lexdesk.storage.s3.secret-key", S3Server.SECRET_KEY);
        p.put("lexdesk.storage.s3.path-style", "true");
        p.put("lexdesk.storage.s3.checksums", "WHEN_REQUIRED");
        return p;
    }

    @Override
    public void close() {
        stop();
    }
}
