package app.lexdesk.ui;

import app.lexdesk.core.testing.DevServicesInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The tenants' application on this JVM's real dev services, on the port Keycloak redirects to. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {LexdeskApplication.class, DevRunConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "lexdesk.api.docs-public=true")
@ContextConfiguration(initializers = DevServicesInitializer.class)
public @interface UiIntegrationTest {
}
