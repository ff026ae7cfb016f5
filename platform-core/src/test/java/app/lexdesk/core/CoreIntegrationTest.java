package app.lexdesk.core;

import app.lexdesk.core.testing.DevServicesInitializer;
import app.lexdesk.coretest.CoreTestApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The core on the real dev services (one set per test JVM), served on the port the services expect. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"lexdesk.api.clock-skew=0s", "lexdesk.api.docs-public=true",
                // Every core IT shares one context: allow what they submit together, and let the fair-use test
                // reach the per-person limit with a person no other test submits as.
                "lexdesk.rate-limits.submissions.per-user=100", "lexdesk.rate-limits.submissions.per-tenant=5000"})
@ContextConfiguration(initializers = DevServicesInitializer.class)
public @interface CoreIntegrationTest {
}
