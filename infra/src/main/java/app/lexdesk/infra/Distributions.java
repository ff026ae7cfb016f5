package app.lexdesk.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/**
 * Where things live: the distributions Maven resolved (Keycloak zip, S3Proxy jar) and the Lexdesk home
 * ({@code ~/.lexdesk}, or {@code lexdesk.home}) that keeps unpacked servers and dev data across runs.
 */
final class Distributions {

    private static final Properties BUILD = load();

    private Distributions() {
    }

    static Path home() {
        String configured = System.getProperty("lexdesk.home", System.getenv("LEXDESK_HOME"));
        return configured != null ? Paths.get(configured) : Paths.get(System.getProperty("user.home"), ".lexdesk");
    }

    static String keycloakVersion() {
        return BUILD.getProperty("keycloak.version");
    }

    static String postgresVersion() {
        return BUILD.getProperty("postgres.version");
    }

    static Path keycloakZip() {
        String v = keycloakVersion();
        return artifact("org/keycloak/keycloak-quarkus-dist/" + v + "/keycloak-quarkus-dist-" + v + ".zip");
    }

    static Path s3ProxyJar() {
        String v = BUILD.getProperty("s3proxy.version");
        return artifact("org/gaul/s3proxy/" + v + "/s3proxy-" + v + "-jar-with-dependencies.jar");
    }

    static Path javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java");
    }

    private static Path artifact(String relative) {
        String repo = System.getProperty("maven.repo.local", BUILD.getProperty("maven.local-repository"));
        Path path = Paths.get(repo).resolve(relative);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing; build with ./mvnw so Maven resolves the infra "
                    + "module's dependencies (it fetches the Keycloak and S3Proxy distributions).");
        }
        return path;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Distributions.class.getResourceAsStream("/lexdesk-infra.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
