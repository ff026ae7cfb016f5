package app.lexdesk.core.attachments;

import app.lexdesk.infra.DevServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The core application ({@code CoreTestApplication}) in a JVM of its own, on this JVM's dev services and a free port,
 * with the JVM options a test gives it (a small heap): what it holds is measured apart from the test's own client.
 * Its GC log tells the heap it used. Stopped by {@link #close()}, and with this JVM at the latest.
 */
final class ApplicationProcess implements AutoCloseable {

    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Process process;
    private final int port;
    private final Path gcLog;
    private final Path log;

    private ApplicationProcess(Process process, int port, Path gcLog, Path log) {
        this.process = process;
        this.port = port;
        this.gcLog = gcLog;
        this.log = log;
    }

    /** Starts the application with {@code jvmOptions} and {@code properties} (over the dev services') and waits. */
    static ApplicationProcess start(String name, List<String> jvmOptions, Map<String, String> properties) {
        DevServices services = DevServices.forTests();
        int port = freePort();
        Path target = Path.of("target");
        Path gcLog = target.resolve(name + "-gc.log").toAbsolutePath();
        Path log = target.resolve(name + "-app.log").toAbsolutePath();
        Map<String, String> all = new HashMap<>(services.applicationProperties());
        all.putAll(services.platformDatabaseProperties());
        all.put("server.port", Integer.toString(port));
        all.put("lexdesk.api.clock-skew", "0s");
        all.put("lexdesk.api.docs-public", "true");
        all.put("lexdesk.rate-limits.enabled", "false");
        all.put("lexdesk.attachments.pending-files-per-user", "1000000");
        all.put("lexdesk.attachments.pending-bytes-per-user", "1TB");
        all.put("spring.main.banner-mode", "off");
        all.putAll(properties);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        String plugins = System.getProperty("lexdesk.plugins.dir");
        if (plugins != null) {
            command.add("-Dlexdesk.plugins.dir=" + plugins);
        }
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("app.lexdesk.coretest.CoreTestApplication");
        all.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(target);
            Files.deleteIfExists(gcLog);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            ApplicationProcess app = new ApplicationProcess(process, port, gcLog, log);
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "lexdesk-child-app-stop"));
            app.awaitReady(Duration.ofMinutes(3));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets tenant {@code slug}'s upload limit as an operator would (platform role), once the application has
     * provisioned the tenant (a fresh database gets it only after start-up).
     */
    void setUploadLimit(String slug, long bytes) {
        Map<String, String> p = DevServices.forTests().platformDatabaseProperties();
        JdbcTemplate platform = new JdbcTemplate(new DriverManagerDataSource(p.get("lexdesk.platform.datasource.url"),
                p.get("lexdesk.platform.datasource.username"), p.get("lexdesk.platform.datasource.password")));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!exists(platform, slug) || platform.update("update tenant set max_upload_bytes = ? where slug = ?",
                bytes, slug) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Tenant " + slug + " was not provisioned; see " + log);
            }
            sleep(500);
        }
    }

    private static boolean exists(JdbcTemplate platform, String slug) {
        try {
            return platform.queryForObject("select count(*) from tenant where slug = ?", Long.class, slug) > 0;
        } catch (org.springframework.dao.DataAccessException e) {
            // not migrated yet
            return false;
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The largest heap in use before a collection, and the largest left after one (live data), in MiB. */
    long[] peakHeapMiB() {
        long before = 0;
        long after = 0;
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_PAUSE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {before, after};
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited before it was ready; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/openapi"))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("The application was not ready within " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
