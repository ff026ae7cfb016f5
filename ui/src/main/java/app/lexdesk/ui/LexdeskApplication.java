package app.lexdesk.ui;

import app.lexdesk.core.LexdeskCore;
import app.lexdesk.core.schema.SchemaMigrations;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The tenants' application: back office, client portal and the REST API of platform-core. Started with
 * {@code lexdesk.migrations=migrate-and-exit}, the same image is the migration step instead: it migrates the schema
 * as the owner and exits (see {@link SchemaMigrations}).
 */
@SpringBootApplication
@Import(LexdeskCore.class)
@Meta(name = "referrer", content = "same-origin")
public class LexdeskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (SchemaMigrations.requested(args)) {
            System.exit(SchemaMigrations.migrateAndExit(args));
        }
        SpringApplication.run(LexdeskApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Lexdesk");
    }
}
