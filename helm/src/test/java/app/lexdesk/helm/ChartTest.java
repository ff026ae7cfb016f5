package app.lexdesk.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders the chart with Helm itself (its Go library through helm-java, version 3.21) and checks who gets which
 * database credentials: the schema owner's password reaches the migration Job alone, the platform role tenant-admin
 * alone.
 *
 * <p>Helm sets hooks aside from the release's manifest, and helm-java's template returns that manifest only. So
 * {@link #render} shows what the Deployments and their Secrets are, and {@link #renderWithHooks} renders a copy of the
 * chart whose {@code helm.sh/hook*} annotations are renamed, which Helm then renders like any resource.
 */
class ChartTest {

    static final Path CHART = Path.of("lexdesk");
    static final Path CI_VALUES = CHART.resolve("ci/lint-values.yaml");
    static final String OWNER_PASSWORD = "owner-password";
    static final String HOOK = "test.lexdesk.app/hook";

    @TempDir
    Path copies;

    @Test
    void the_owner_password_is_in_no_manifest_of_the_release_itself() {
        List<Map<String, Object>> release = render(UnaryOperator.identity());

        assertThat(release).extracting(ChartTest::kindAndName).as("Helm keeps the hooks out of the release")
                .doesNotContain("Job/lexdesk-migration", "Secret/lexdesk-migration")
                .contains("Deployment/lexdesk-ui", "Deployment/lexdesk-tenant-admin", "Secret/lexdesk-database");
        assertThat(release.stream().filter(ChartTest::containsOwnerPassword).map(ChartTest::kindAndName))
                .as("manifests holding the owner's password").isEmpty();
    }

    @Test
    void the_owner_password_is_in_a_hook_secret_that_only_the_migration_job_reads() {
        List<Map<String, Object>> manifests = renderWithHooks(UnaryOperator.identity());

        Map<String, Object> ownerSecret = one(manifests, "Secret", "lexdesk-migration");
        assertThat(annotations(ownerSecret)).containsEntry(HOOK, "pre-install,pre-upgrade")
                .containsEntry(HOOK + "-weight", "-10")
                .containsEntry(HOOK + "-delete-policy", "before-hook-creation,hook-succeeded");
        assertThat(decoded(ownerSecret, "password")).isEqualTo(OWNER_PASSWORD);

        List<String> readers = manifests.stream().filter(m -> secretsReadBy(m).contains("lexdesk-migration"))
                .map(ChartTest::kindAndName).toList();
        assertThat(readers).containsExactly("Job/lexdesk-migration");
        List<String> holders = manifests.stream().filter(m -> !m.equals(ownerSecret))
                .filter(ChartTest::containsOwnerPassword).map(ChartTest::kindAndName).toList();
        assertThat(holders).as("manifests holding the owner's password").isEmpty();
    }

    @Test
    void the_serving_pods_get_no_owner_credentials_and_only_validate_the_schema_as_the_application_role() {
        List<Map<String, Object>> manifests = render(UnaryOperator.identity());

        for (String deployment : List.of("lexdesk-ui", "lexdesk-tenant-admin")) {
            Map<String, Object> pod = one(manifests, "Deployment", deployment);
            assertThat(envNames(pod)).as(deployment).noneMatch(name -> name.startsWith("SPRING_FLYWAY_"));
            assertThat(secretsReadBy(pod)).as(deployment).doesNotContain("lexdesk-migration");
            assertThat(containsOwnerPassword(pod)).as(deployment).isFalse();
            Map<String, Object> config = data(one(manifests, "ConfigMap", deployment));
            assertThat(config).as(deployment).containsEntry("LEXDESK_MIGRATIONS", "validate")
                    .containsEntry("SPRING_DATASOURCE_USERNAME", "lexdesk_app")
                    .doesNotContainKeys("SPRING_FLYWAY_USER", "SPRING_FLYWAY_PASSWORD");
        }
    }

    @Test
    void the_migration_job_runs_the_ui_image_as_the_owner_before_the_deployments_and_exits() {
        Map<String, Object> job = one(renderWithHooks(UnaryOperator.identity()), "Job", "lexdesk-migration");

        assertThat(annotations(job)).containsEntry(HOOK, "pre-install,pre-upgrade")
                .containsEntry(HOOK + "-weight", "0");
        Map<String, Object> container = containers(job).get(0);
        assertThat(container.get("image")).isEqualTo("registry.example.com/lexdesk/ui:0.1.0-SNAPSHOT");
        Map<String, Object> env = env(job);
        assertThat(env).containsEntry("LEXDESK_MIGRATIONS", "migrate-and-exit")
                .containsEntry("SPRING_FLYWAY_USER", "lexdesk_owner")
                .containsEntry("SPRING_FLYWAY_PLACEHOLDERS_APP_ROLE", "lexdesk_app")
                .containsEntry("SPRING_FLYWAY_PLACEHOLDERS_PLATFORM_ROLE", "lexdesk_platform")
                .containsEntry("SPRING_DATASOURCE_URL",
                        "jdbc:postgresql://postgres.example.com:5432/lexdesk?sslmode=require")
                .doesNotContainKeys("SPRING_DATASOURCE_PASSWORD", "LEXDESK_PLATFORM_DATASOURCE_PASSWORD");
        assertThat(path(job, "spec", "template", "spec", "automountServiceAccountToken")).isEqualTo(false);
    }

    @Test
    void only_tenant_admin_gets_the_platform_role() {
        List<Map<String, Object>> manifests = render(UnaryOperator.identity());

        assertThat(decoded(one(manifests, "Secret", "lexdesk-platform-database"), "password"))
                .isEqualTo("platform-password");
        Map<String, Object> tenantAdmin = one(manifests, "Deployment", "lexdesk-tenant-admin");
        assertThat(secretsReadBy(tenantAdmin)).contains("lexdesk-platform-database");
        assertThat(data(one(manifests, "ConfigMap", "lexdesk-tenant-admin")))
                .containsEntry("LEXDESK_PLATFORM_DATASOURCE_USERNAME", "lexdesk_platform")
                .containsKey("LEXDESK_PLATFORM_DATASOURCE_URL");
        Map<String, Object> ui = one(manifests, "Deployment", "lexdesk-ui");
        assertThat(secretsReadBy(ui)).doesNotContain("lexdesk-platform-database");
        assertThat(envNames(ui)).noneMatch(name -> name.startsWith("LEXDESK_PLATFORM_"));
        assertThat(data(one(manifests, "ConfigMap", "lexdesk-ui")))
                .doesNotContainKey("LEXDESK_PLATFORM_DATASOURCE_URL");
    }

    @Test
    void notification_emails_link_to_the_public_host_and_their_signing_key_reaches_the_tenants_application_alone() {
        List<Map<String, Object>> manifests = render(UnaryOperator.identity());

        assertThat(data(one(manifests, "ConfigMap", "lexdesk-ui")))
                .containsEntry("LEXDESK_PUBLICURL", "https://lexdesk.example.com")
                .containsEntry("LEXDESK_MAIL_FROM", "notifications@lexdesk.example.com")
                .containsEntry("LEXDESK_NOTIFICATIONS_DISPATCHER_THREADS", "2");
        assertThat(decoded(one(manifests, "Secret", "lexdesk-notifications"), "notifications-secret"))
                .isEqualTo("notifications-secret-for-the-lint-only-0123456789");
        assertThat(keysRead(one(manifests, "Deployment", "lexdesk-ui"), "LEXDESK_NOTIFICATIONS_SECRET"))
                .containsExactly("notifications-secret");
        assertThat(envNames(one(manifests, "Deployment", "lexdesk-tenant-admin")))
                .doesNotContain("LEXDESK_NOTIFICATIONS_SECRET");
        assertThat(data(one(manifests, "ConfigMap", "lexdesk-tenant-admin")))
                .as("a publication retried there plans the same links").containsEntry("LEXDESK_PUBLICURL",
                        "https://lexdesk.example.com");
        assertThatThrownBy(() -> render(helm -> helm.set("notifications.secret", "")))
                .hasMessageContaining("set notifications.secret");
    }

    @Test
    void the_tenants_application_reaches_keycloaks_admin_api_as_its_own_service_account() {
        List<Map<String, Object>> manifests = render(UnaryOperator.identity());

        assertThat(data(one(manifests, "ConfigMap", "lexdesk-ui")))
                .containsEntry("LEXDESK_KEYCLOAK_ADMIN_SERVERURL", "https://id.example.com")
                .containsEntry("LEXDESK_KEYCLOAK_ADMIN_REALM", "lexdesk")
                .containsEntry("LEXDESK_KEYCLOAK_ADMIN_CLIENTID", "lexdesk-identity-admin")
                .containsEntry("LEXDESK_ONBOARDING_PORTALURL", "https://lexdesk.example.com/t/{tenant}/portal")
                .doesNotContainKey("LEXDESK_KEYCLOAK_ADMIN_USERNAME");
        Map<String, Object> identity = one(manifests, "Secret", "lexdesk-identity");
        assertThat(decoded(identity, "ui-keycloak-admin-client-secret")).isEqualTo("ui-admin-secret");
        Map<String, Object> ui = one(manifests, "Deployment", "lexdesk-ui");
        assertThat(keysRead(ui, "LEXDESK_KEYCLOAK_ADMIN_CLIENTSECRET"))
                .containsExactly("ui-keycloak-admin-client-secret");
        assertThat(envNames(ui)).doesNotContain("LEXDESK_KEYCLOAK_ADMIN_PASSWORD");
        assertThat(keysRead(one(manifests, "Deployment", "lexdesk-tenant-admin"), "LEXDESK_KEYCLOAK_ADMIN_PASSWORD"))
                .as("tenant admin keeps its own credentials").containsExactly("keycloak-admin-password");

        List<Map<String, Object>> without = render(helm -> helm.set("identity.ui.keycloakAdmin.serverUrl", ""));
        assertThat(data(one(without, "ConfigMap", "lexdesk-ui"))).doesNotContainKey("LEXDESK_KEYCLOAK_ADMIN_SERVERURL");
        assertThat(envNames(one(without, "Deployment", "lexdesk-ui")))
                .doesNotContain("LEXDESK_KEYCLOAK_ADMIN_CLIENTSECRET");
        assertThatThrownBy(() -> render(helm -> helm.set("identity.ui.keycloakAdmin.clientSecret", "")))
                .hasMessageContaining("set identity.ui.keycloakAdmin.clientSecret");
    }

    @Test
    void replies_by_email_reach_the_tenants_application_alone_with_their_secrets_in_a_secret() {
        assertThat(data(one(render(UnaryOperator.identity()), "ConfigMap", "lexdesk-ui")))
                .as("off unless an address is set").doesNotContainKey("LEXDESK_MAIL_REPLIES_ADDRESS");

        List<Map<String, Object>> manifests = render(helm -> helm.set("mailReplies.address", "replies@example.com")
                .set("mailReplies.secret", "a-reply-signing-secret-of-32-characters")
                .set("mailReplies.imap.host", "imap.example.com").set("mailReplies.imap.username", "replies")
                .set("mailReplies.imap.password", "imap-password"));
        assertThat(data(one(manifests, "ConfigMap", "lexdesk-ui")))
                .containsEntry("LEXDESK_MAIL_REPLIES_ADDRESS", "replies@example.com")
                .containsEntry("LEXDESK_MAIL_REPLIES_IMAP_HOST", "imap.example.com")
                .containsEntry("LEXDESK_MAIL_REPLIES_IMAP_PORT", "993")
                .containsEntry("LEXDESK_MAIL_REPLIES_IMAP_SSL", "true")
                .containsEntry("LEXDESK_MAIL_REPLIES_IMAP_USERNAME", "replies")
                .doesNotContainKeys("LEXDESK_MAIL_REPLIES_SECRET", "LEXDESK_MAIL_REPLIES_IMAP_PASSWORD");
        Map<String, Object> secret = one(manifests, "Secret", "lexdesk-mail-replies");
        assertThat(decoded(secret, "secret")).isEqualTo("a-reply-signing-secret-of-32-characters");
        assertThat(decoded(secret, "imap-password")).isEqualTo("imap-password");
        Map<String, Object> ui = one(manifests, "Deployment", "lexdesk-ui");
        assertThat(keysRead(ui, "LEXDESK_MAIL_REPLIES_SECRET")).containsExactly("secret");
        assertThat(keysRead(ui, "LEXDESK_MAIL_REPLIES_IMAP_PASSWORD")).containsExactly("imap-password");
        Map<String, Object> tenantAdmin = one(manifests, "Deployment", "lexdesk-tenant-admin");
        assertThat(secretsReadBy(tenantAdmin)).doesNotContain("lexdesk-mail-replies");
        assertThat(data(one(manifests, "ConfigMap", "lexdesk-tenant-admin")))
                .doesNotContainKey("LEXDESK_MAIL_REPLIES_ADDRESS");

        assertThatThrownBy(() -> render(helm -> helm.set("mailReplies.address", "replies@example.com")))
                .hasMessageContaining("set mailReplies.secret (at least 32 characters)");
    }

    @Test
    void with_existing_secrets_the_chart_makes_no_database_secret_and_the_owners_is_still_read_by_the_job_alone() {
        List<Map<String, Object>> manifests = renderWithHooks(helm -> helm.set("database.password", "")
                .set("database.existingSecret", "app-db").set("database.platform.password", "")
                .set("database.platform.existingSecret", "platform-db").set("database.flyway.password", "")
                .set("database.flyway.existingSecret", "owner-db"));

        assertThat(manifests).filteredOn(m -> "Secret".equals(m.get("kind"))).extracting(ChartTest::name)
                .doesNotContain("lexdesk-database", "lexdesk-platform-database", "lexdesk-migration");
        assertThat(manifests.stream().filter(m -> secretsReadBy(m).contains("owner-db")).map(ChartTest::kindAndName))
                .containsExactly("Job/lexdesk-migration");
        assertThat(manifests.stream().filter(m -> secretsReadBy(m).contains("platform-db")).map(ChartTest::kindAndName))
                .containsExactly("Deployment/lexdesk-tenant-admin");
        assertThat(manifests.stream().filter(m -> secretsReadBy(m).contains("app-db")).map(ChartTest::kindAndName))
                .containsExactlyInAnyOrder("Deployment/lexdesk-ui", "Deployment/lexdesk-tenant-admin");
    }

    @Test
    void without_tenant_admin_nobody_gets_the_platform_role_and_its_password_is_not_required() {
        List<Map<String, Object>> manifests = renderWithHooks(helm -> helm.set("tenantAdmin.enabled", "false")
                .set("database.platform.password", ""));

        assertThat(manifests).extracting(ChartTest::kindAndName).doesNotContain("Secret/lexdesk-platform-database",
                "Deployment/lexdesk-tenant-admin").contains("Job/lexdesk-migration", "Deployment/lexdesk-ui");
    }

    @Test
    void missing_passwords_and_the_old_shared_owner_key_are_refused_with_a_message_naming_the_value() {
        assertThatThrownBy(() -> render(helm -> helm.set("database.flyway.password", "")))
                .hasMessageContaining("set database.flyway.password (schema owner, for the migration Job)");
        assertThatThrownBy(() -> render(helm -> helm.set("database.platform.password", "")))
                .hasMessageContaining("set database.platform.password (platform role, for tenant-admin)");
        assertThatThrownBy(() -> render(helm -> helm.set("database.existingSecretKeys.flywayPassword",
                "flyway-password"))).hasMessageContaining("database.existingSecretKeys.flywayPassword is gone");
    }

    /** The release's manifest, as Helm applies it after the pre-install and pre-upgrade hooks. */
    private static List<Map<String, Object>> render(UnaryOperator<TemplateCommand> values) {
        return render(CHART, values);
    }

    /** Every manifest the chart makes, its hooks included. */
    private List<Map<String, Object>> renderWithHooks(UnaryOperator<TemplateCommand> values) {
        Path copy = copies.resolve("lexdesk");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(CHART.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, Files.readString(file).replace("helm.sh/hook", HOOK));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return render(copy, values);
    }

    private static List<Map<String, Object>> render(Path chart, UnaryOperator<TemplateCommand> values) {
        String rendered = values.apply(new Helm(chart).template().withName("lexdesk").withNamespace("lexdesk")
                .withValuesFile(CI_VALUES)).call();
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Object document : new Yaml().loadAll(rendered)) {
            if (document != null) {
                manifests.add(cast(document));
            }
        }
        assertThat(manifests).isNotEmpty();
        return manifests;
    }

    private static Map<String, Object> one(List<Map<String, Object>> manifests, String kind, String name) {
        List<Map<String, Object>> found = manifests.stream()
                .filter(m -> kind.equals(m.get("kind")) && name.equals(name(m))).toList();
        assertThat(found).as(kind + "/" + name).hasSize(1);
        return found.get(0);
    }

    /** Names of the Secrets a workload's containers read, by env valueFrom or envFrom. */
    private static List<String> secretsReadBy(Map<String, Object> manifest) {
        List<String> secrets = new ArrayList<>();
        for (Map<String, Object> container : containers(manifest)) {
            for (Map<String, Object> entry : list(container.get("env"))) {
                Object name = path(entry, "valueFrom", "secretKeyRef", "name");
                if (name != null) {
                    secrets.add(name.toString());
                }
            }
            for (Map<String, Object> source : list(container.get("envFrom"))) {
                Object name = path(source, "secretRef", "name");
                if (name != null) {
                    secrets.add(name.toString());
                }
            }
        }
        return secrets;
    }

    /** The Secret keys a workload's containers read into the env variable {@code name}. */
    private static List<String> keysRead(Map<String, Object> manifest, String name) {
        return containers(manifest).stream().flatMap(c -> list(c.get("env")).stream())
                .filter(e -> name.equals(e.get("name")))
                .map(e -> Objects.toString(path(e, "valueFrom", "secretKeyRef", "key"), null)).toList();
    }

    private static List<String> envNames(Map<String, Object> manifest) {
        return containers(manifest).stream().flatMap(c -> list(c.get("env")).stream())
                .map(e -> e.get("name").toString()).toList();
    }

    /** Plain env values of the first container. */
    private static Map<String, Object> env(Map<String, Object> manifest) {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Map<String, Object> entry : list(containers(manifest).get(0).get("env"))) {
            if (entry.containsKey("value")) {
                env.put(entry.get("name").toString(), entry.get("value"));
            }
        }
        return env;
    }

    private static List<Map<String, Object>> containers(Map<String, Object> manifest) {
        return list(path(manifest, "spec", "template", "spec", "containers"));
    }

    private static boolean containsOwnerPassword(Map<String, Object> manifest) {
        String text = new Yaml().dump(manifest);
        String encoded = Base64.getEncoder().encodeToString(OWNER_PASSWORD.getBytes(StandardCharsets.UTF_8));
        return text.contains(OWNER_PASSWORD) || text.contains(encoded);
    }

    private static String decoded(Map<String, Object> secret, String key) {
        return new String(Base64.getDecoder().decode(data(secret).get(key).toString()), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> annotations(Map<String, Object> manifest) {
        Object annotations = path(manifest, "metadata", "annotations");
        return annotations == null ? Map.of() : cast(annotations);
    }

    private static Map<String, Object> data(Map<String, Object> manifest) {
        return cast(manifest.get("data"));
    }

    private static String name(Map<String, Object> manifest) {
        return Objects.toString(path(manifest, "metadata", "name"), null);
    }

    private static String kindAndName(Map<String, Object> manifest) {
        return manifest.get("kind") + "/" + name(manifest);
    }

    private static Object path(Map<String, Object> map, String... keys) {
        Object current = map;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    private static List<Map<String, Object>> list(Object value) {
        if (value == null) {
            return List.of();
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            items.add(cast(item));
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
