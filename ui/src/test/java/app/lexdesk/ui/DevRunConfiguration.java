package app.lexdesk.ui;

import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.testing.DemoTenants;
import app.lexdesk.infra.DemoData;
import app.lexdesk.infra.DevServices;
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/** Dev run and UI tests: the demo tenants, and a banner with the URLs and demo logins once ready. */
@TestConfiguration(proxyBeanMethods = false)
public class DevRunConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevRunConfiguration.class);

    @Bean
    ApplicationRunner demoTenants(TenantProvisioningService provisioning,
            @Value("${lexdesk.identity.issuer}") String issuer) {
        return args -> DemoTenants.provision(provisioning, issuer);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> readyBanner() {
        return event -> DevServices.running().ifPresent(services -> {
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            String logins = DemoData.TENANTS.stream().flatMap(t -> t.users().stream()
                            .map(u -> String.format("    %-24s %-17s %s", u.email(), u.role(), t.slug())))
                    .collect(Collectors.joining("\n"));
            log.info("""

                    ==================================================================
                     Lexdesk is ready ({} s after start)
                       Back office / portal:  {}/   (e.g. {}/t/acme/app)
                       REST API (OpenAPI):    {}/api/v1/openapi
                       Dev mailbox:           {}/dev/mailbox
                       Tenant admin:          {}/  ({} / {})
                       Keycloak admin:        {}/admin  (admin / admin)
                     Demo logins (password "{}"):
                    {}
                    ==================================================================
                    """, uptime / 1000, services.appUrl(), services.appUrl(), services.appUrl(), services.appUrl(),
                    services.tenantAdminUrl(), DemoData.OPERATOR.email(), DemoData.PASSWORD, services.keycloakUrl(), DemoData.PASSWORD, logins);
        });
    }
}
