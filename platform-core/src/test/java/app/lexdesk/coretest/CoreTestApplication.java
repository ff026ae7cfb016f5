package app.lexdesk.coretest;

import app.lexdesk.core.LexdeskCore;

import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.testing.DemoTenants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The core alone as a web application, with the demo tenants, for the core's integration tests. Outside
 * {@code app.lexdesk.core} so the core's component scan never picks it up on another module's classpath.
 */
@SpringBootApplication
@Import(LexdeskCore.class)
public class CoreTestApplication {

    /** The core in a JVM of its own (a test's child process, e.g. with a small heap); properties as arguments. */
    public static void main(String[] args) {
        SpringApplication.run(CoreTestApplication.class, args);
    }

    @Bean
    ApplicationRunner demoTenants(TenantProvisioningService provisioning,
            @Value("${lexdesk.identity.issuer}") String issuer) {
        return args -> DemoTenants.provision(provisioning, issuer);
    }
}
