package app.lexdesk.ui;

import app.lexdesk.admin.TenantAdminApplication;
import app.lexdesk.infra.DevServices;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;

/**
 * The dev run: starts PostgreSQL, Keycloak, S3 and SMTP (data kept under {@code ~/.lexdesk/dev}), provisions
 * the demo tenants, then the tenants' application on http://localhost:8080 and tenant admin on
 * http://localhost:8081, both in this JVM. Started by {@code ./mvnw -pl ui -am -DskipTests package spring-boot:test-run}.
 */
public class TestLexdeskApplication {

    public static void main(String[] args) {
        DevServices services = DevServices.forDevRun();
        // The plugin jars the build copied next to the classes (see the ui pom), loaded as in production.
        System.setProperty("lexdesk.plugins.dir", System.getProperty("lexdesk.plugins.dir",
                java.nio.file.Path.of("target", "plugins").toAbsolutePath().toString()));
        // Command-line arguments, not system properties: each application gets only its own settings. The tenants'
        // application gets the platform role only because DevRunConfiguration provisions the demo tenants in it.
        Map<String, String> application = new LinkedHashMap<>(services.applicationProperties());
        application.putAll(services.platformDatabaseProperties());
        // The dev run opens the OpenAPI document and Swagger UI without a token; production does not.
        application.put("lexdesk.api.docs-public", "true");
        SpringApplication.from(LexdeskApplication::main).with(DevRunConfiguration.class)
                .run(arguments(application, args));
        TenantAdminApplication.builder().run(arguments(services.tenantAdminProperties(), args));
    }

    private static String[] arguments(Map<String, String> properties, String[] args) {
        return Stream.concat(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()),
                Stream.of(args)).toArray(String[]::new);
    }
}
