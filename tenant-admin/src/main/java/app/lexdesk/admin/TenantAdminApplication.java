package app.lexdesk.admin;

import app.lexdesk.core.LexdeskCore;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The operators' application: tenant lifecycle across Keycloak, the database and storage. Logs operators in
 * against the {@code platform} realm; reads tenants through the core's platform-level directory.
 * Its configuration file is {@code tenant-admin.yml}, so it can share a JVM with the tenants' application.
 */
@SpringBootApplication
@Import(LexdeskCore.class)
public class TenantAdminApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(TenantAdminApplication.class).properties("spring.config.name=tenant-admin");
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Lexdesk tenant admin");
    }
}
