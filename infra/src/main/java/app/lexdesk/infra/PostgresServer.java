package app.lexdesk.infra;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL 17 from zonky's embedded binaries, run as a child process on loopback (TCP only).
 *
 * <p>PostgreSQL refuses to run as root, and our machines and CI run as root; there we start it in a user
 * namespace where the current user appears as {@code nobody} ({@code unshare --map-user}), so files stay
 * owned by the real user and no account or chown is needed.
 *
 * <p>Roles made at start: {@code lexdesk_owner} (owns the schema, runs Flyway), {@code lexdesk_app} (what the
 * application connects as: no ownership, no BYPASSRLS), {@code lexdesk_platform} (writes the platform table
 * {@code tenant} for tenant admin and the demo provisioning: no ownership, no BYPASSRLS) and {@code keycloak} with
 * its own database.
 */
final class PostgresServer implements AutoCloseable {

    static final String SUPERUSER_PASSWORD = "postgres";

    private final Path dataDir;
    private final Path runDir;
    private final int port;
    private final boolean durable;
    private ChildProcess process;

    PostgresServer(Path dataDir, Path runDir, int port, boolean durable) {
        this.dataDir = dataDir;
        this.runDir = runDir;
        this.port = port;
        this.durable = durable;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    PostgresServer start() {
        Path bin = binaries().resolve("bin");
        Ports.requireFree("PostgreSQL", port);
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initdb(bin);
        }
        List<String> command = new ArrayList<>(asUnprivileged());
        command.addAll(List.of(bin.resolve("postgres").toString(), "-D", dataDir.toString(), "-p",
                Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=200", "-c", "shared_buffers=128MB"));
        if (!durable) {
            // Test data is thrown away: trade crash safety for speed.
            command.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        // Extra server settings for diagnosis, e.g. -Dlexdesk.postgres.settings=log_min_duration_statement=0
        for (String setting : System.getProperty("lexdesk.postgres.settings", "").split(",")) {
            if (!setting.isBlank()) {
                command.addAll(List.of("-c", setting.strip()));
            }
        }
        process = ChildProcess.start("postgres", command, Map.of("LC_ALL", "C"), dataDir.getParent(),
                dataDir.getParent().resolve("postgres.log"), runDir, "INT");
        awaitConnection();
        createRolesAndDatabases();
        return this;
    }

    private void initdb(Path bin) {
        try {
            Files.createDirectories(dataDir.getParent());
            Path pwFile = Files.createTempFile(dataDir.getParent(), "pw", ".txt");
            Files.writeString(pwFile, SUPERUSER_PASSWORD + "\n");
            List<String> command = new ArrayList<>(asUnprivileged());
            command.addAll(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", "postgres",
                    "--pwfile=" + pwFile, "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF-8",
                    "--locale=C", "--no-sync"));
            Path log = dataDir.getParent().resolve("initdb.log");
            Process initdb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean done = initdb.waitFor(2, TimeUnit.MINUTES);
            Files.deleteIfExists(pwFile);
            if (!done || initdb.exitValue() != 0) {
                throw new IllegalStateException("initdb failed, see " + log + ":\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitConnection() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited; see " + dataDir.getParent().resolve("postgres.log"));
            }
            try (Connection ignored = superuser("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
                Ports.sleep(100);
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections on port " + port, last);
    }

    private void createRolesAndDatabases() {
        try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
            s.execute(role("lexdesk_owner", "LOGIN PASSWORD 'lexdesk_owner'"));
            s.execute(role("lexdesk_app", "LOGIN PASSWORD 'lexdesk_app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"));
            s.execute(role("lexdesk_platform",
                    "LOGIN PASSWORD 'lexdesk_platform' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"));
            s.execute(role("keycloak", "LOGIN PASSWORD 'keycloak'"));
            createDatabase(s, "lexdesk", "lexdesk_owner");
            createDatabase(s, "keycloak", "keycloak");
            s.execute("REVOKE ALL ON DATABASE lexdesk FROM PUBLIC");
            s.execute("GRANT CONNECT, TEMPORARY ON DATABASE lexdesk TO lexdesk_app");
            s.execute("GRANT CONNECT ON DATABASE lexdesk TO lexdesk_platform");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create Lexdesk roles and databases", e);
        }
    }

    private static String role(String name, String options) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN CREATE ROLE "
                + name + " " + options + "; END IF; END $$";
    }

    private static void createDatabase(Statement s, String name, String owner) throws SQLException {
        try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (rs.next()) {
                return;
            }
        }
        s.execute("CREATE DATABASE " + name + " OWNER " + owner);
    }

    Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", SUPERUSER_PASSWORD);
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    /** Commands run as an unprivileged user: as root, inside a user namespace mapping us to nobody. */
    private static List<String> asUnprivileged() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        return List.of("unshare", "--user", "--map-user=65534", "--map-group=65534");
    }

    /** Unpacks the binaries once under the Lexdesk home; later runs reuse them. */
    private static Path binaries() {
        Path target = Distributions.home().resolve("postgres-" + Distributions.postgresVersion());
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        try (InputStream txz = PostgresServer.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (txz == null) {
                throw new IllegalStateException("PostgreSQL binaries for linux-x86_64 are not on the classpath");
            }
            Path staging = Files.createTempDirectory(Files.createDirectories(target.getParent()), "pg-unpack");
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new XZInputStream(new BufferedInputStream(txz)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = staging.resolve(entry.getName()).normalize();
                    if (!out.startsWith(staging)) {
                        throw new IllegalStateException("Bad path in PostgreSQL archive: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(out.getParent());
                        Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        boolean executable = (entry.getMode() & 0100) != 0;
                        Files.setPosixFilePermissions(out,
                                PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
            Files.writeString(staging.resolve(".complete"), "ok");
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack PostgreSQL binaries", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
