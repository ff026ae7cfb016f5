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
                // Every core IT shares this context and submits as the same few people (the fuzz suite hundreds
                // of times): fair use is tested in a context of its own (FairUseIT).
                "lexdesk.rate-limits.enabled=false",
                // The same few people upload thousands of files they never submit (the fuzz suite): the pending-upload
                // quota is tested with a service of its own (AttachmentsIT).
                "lexdesk.attachments.pending-files-per-user=1000000", "lexdesk.attachments.pending-bytes-per-user=1TB",
                // Notification retries and dispatcher polls in test time (NotificationDeliveryIT waits for them).
                "lexdesk.notifications.retry-base=PT0.5S", "lexdesk.notifications.retry-max=PT2S",
                "lexdesk.notifications.dispatcher.poll=PT0.5S", "lexdesk.notifications.dispatcher.lease=PT5S"})
@ContextConfiguration(initializers = DevServicesInitializer.class)
public @interface CoreIntegrationTest {
}
