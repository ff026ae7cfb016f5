package app.lexdesk.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its distribution zip (resolved by Maven), unpacked once under the Lexdesk home and run in
 * {@code start-dev} mode as a child process, storing its data in the dev-services PostgreSQL.
 *
 * <p>The first start of an unpacked distribution runs Keycloak's one-time build (about a minute here);
 * later starts take ~16 s. A file lock keeps two runs from building the same install at once.
 */
final class KeycloakServer implements AutoCloseable {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final Path stateDir;
    private final Path runDir;
    private final int port;
    private final int managementPort;
    private final String databaseUrl;
    private ChildProcess process;

    KeycloakServer(Path stateDir, Path runDir, int port, int managementPort, String databaseUrl) {
        this.stateDir = stateDir;
        this.runDir = runDir;
        this.port = port;
        this.managementPort = managementPort;
        this.databaseUrl = databaseUrl;
    }

    /** Base URL; always {@code localhost} so that issuers match for browsers, the app and tests. */
    String url() {
        return "http://localhost:" + port;
    }

    KeycloakServer start() {
        Ports.requireFree("Keycloak", port);
        Path home = unpacked();
        Path lockFile = home.resolve(".lexdesk-start.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            Files.createDirectories(stateDir);
            process = ChildProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                            "--http-host=127.0.0.1", "--http-port=" + port,
                            "--http-management-port=" + managementPort,
                            "--db=postgres", "--db-url=" + databaseUrl, "--db-username=keycloak",
                            "--db-password=keycloak", "--cache=local"),
                    Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER, "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                            "JAVA_HOME", System.getProperty("java.home"),
                            "JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -XX:InitialRAMPercentage=2"),
                    stateDir, stateDir.resolve("keycloak.log"), runDir, "TERM");
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/realms/master"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + stateDir.resolve("keycloak.log"));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Ports.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not start within 6 minutes; see " + stateDir.resolve("keycloak.log"));
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    private static Path unpacked() {
        String version = Distributions.keycloakVersion();
        Path target = Distributions.home().resolve("keycloak-" + version);
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        String prefix = "keycloak-" + version + "/";
        try {
            Path staging = Files.createTempDirectory(Files.createDirectories(target.getParent()), "kc-unpack");
            try (InputStream in = Files.newInputStream(Distributions.keycloakZip());
                 ZipInputStream zip = new ZipInputStream(in)) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    String name = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length())
                            : entry.getName();
                    Path out = staging.resolve(name).normalize();
                    if (!out.startsWith(staging)) {
                        throw new IllegalStateException("Bad path in Keycloak archive: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                        if (name.endsWith(".sh")) {
                            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                        }
                    }
                }
            }
            Files.writeString(staging.resolve(".complete"), "ok");
            PostgresServer.deleteTree(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack Keycloak", e);
        }
    }
}
