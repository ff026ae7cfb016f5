package app.lexdesk.core.tenancy.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The platform role's connection: set only in tenant admin and where the dev run and tests provision tenants. */
@ConfigurationProperties("lexdesk.platform.datasource")
record PlatformDataSourceProperties(String url, String username, String password) {
}
