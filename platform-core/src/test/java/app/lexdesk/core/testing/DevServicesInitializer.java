package app.lexdesk.core.testing;

import app.lexdesk.infra.DevServices;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at this JVM's dev services (started on first use): real PostgreSQL,
 * Keycloak, S3 API server and SMTP.
 */
public class DevServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        DevServices services = DevServices.forTests();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("lexdesk-dev-services",
                new HashMap<>(properties(services, context))));
    }

    /**
     * The tenants' application properties by default, with the platform role's connection: the test applications
     * provision the demo tenants. An application may ask for tenant-admin's instead.
     */
    protected Map<String, String> properties(DevServices services, ConfigurableApplicationContext context) {
        Map<String, String> properties = new HashMap<>(services.applicationProperties());
        properties.putAll(services.platformDatabaseProperties());
        return properties;
    }
}
