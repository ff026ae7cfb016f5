package app.lexdesk.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the real services Lexdesk needs on loopback — PostgreSQL, Keycloak, an S3 API server, SMTP and IMAP —
 * applies the Keycloak realm templates and the demo organizations and users, and hands out the Spring
 * properties that point the applications at them.
 *
 * <p>Two modes: {@link #forDevRun()} keeps its data under {@code ~/.lexdesk/dev} on fixed ports (survives
 * restarts); {@link #forTests()} starts one set per test JVM on free ports with data in a temporary folder.
 * Every child process is stopped when the JVM exits; one left behind by a killed run is stopped at the next start.
 */
public final class DevServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevServices.class);
    private static DevServices forTests;
    private static volatile DevServices running;

    /** Ports and secrets of one set of dev services. */
    public record Settings(Path stateDir, boolean durable, int appPort, int tenantAdminPort, int postgresPort,
            int keycloakPort, int keycloakManagementPort, int s3Port, int smtpPort, int imapPort) {

        static Settings devRun() {
            return new Settings(Distributions.home().resolve("dev"), true,
                    Integer.getInteger("lexdesk.app.port", 8080),
                    Integer.getInteger("lexdesk.tenant-admin.port", 8081),
                    Integer.getInteger("lexdesk.dev.postgres.port", 15432),
                    Integer.getInteger("lexdesk.dev.keycloak.port", 8180),
                    Integer.getInteger("lexdesk.dev.keycloak.management-port", 9180),
                    Integer.getInteger("lexdesk.dev.s3.port", 8333),
                    Integer.getInteger("lexdesk.dev.smtp.port", 3025),
                    Integer.getInteger("lexdesk.dev.imap.port", 3143));
        }

        static Settings tests() {
            try {
                Path state = Files.createTempDirectory("lexdesk-test-");
                return new Settings(state, false, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                        Ports.free(), Ports.free(), Ports.free(), Ports.free());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static final String UI_CLIENT_SECRET = "lexdesk-ui-dev-secret";
    public static final String TENANT_ADMIN_CLIENT_SECRET = "lexdesk-tenant-admin-dev-secret";
    public static final String IDENTITY_ADMIN_CLIENT_SECRET = "lexdesk-identity-admin-dev-secret";
    /** Signs the unsubscribe links of notification emails in the dev run and tests. */
    public static final String NOTIFICATIONS_SECRET = "lexdesk-notifications-dev-secret";
    /** Signs the reply-by-email addresses of the dev run and tests; production sets its own. */
    public static final String MAIL_REPLIES_SECRET = "lexdesk-mail-replies-dev-secret-not-for-production";

    private final Settings settings;
    private final PostgresServer postgres;
    private final KeycloakServer keycloak;
    private final S3Server s3;
    private final MailServer mail;
    private final Duration startup;

    private DevServices(Settings settings) {
        this.settings = settings;
        Instant started = Instant.now();
        Path runDir = Distributions.home().resolve("run");
        ChildProcess.stopOrphans(runDir);
        Path state = settings.stateDir();
        this.postgres = new PostgresServer(state.resolve("postgres/data"), runDir, settings.postgresPort(),
                settings.durable());
        this.keycloak = new KeycloakServer(state.resolve("keycloak"), runDir, settings.keycloakPort(),
                settings.keycloakManagementPort(), postgres.jdbcUrl("keycloak"));
        this.s3 = new S3Server(state.resolve("s3"), runDir, settings.s3Port());
        this.mail = new MailServer(settings.smtpPort(), settings.imapPort());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "lexdesk-dev-services-stop"));

        CompletableFuture<Void> s3Started = CompletableFuture.runAsync(s3::start);
        mail.start();
        postgres.start();
        keycloak.start();
        new KeycloakRealms(keycloak.url()).apply(appUrl(), UI_CLIENT_SECRET, tenantAdminUrl(),
                TENANT_ADMIN_CLIENT_SECRET, IDENTITY_ADMIN_CLIENT_SECRET, mail.port());
        s3Started.join();
        this.startup = Duration.between(started, Instant.now());
        running = this;
        log.info("Dev services ready in {} s: PostgreSQL :{}, Keycloak {}, S3 {}, SMTP :{}, IMAP :{}",
                startup.toSeconds(), postgres.port(), keycloak.url(), s3.endpoint(), mail.port(), mail.imapPort());
    }

    /** The dev run's services: fixed ports, data kept under {@code ~/.lexdesk/dev}. */
    public static DevServices forDevRun() {
        return new DevServices(Settings.devRun());
    }

    /** One set of services per test JVM, started on first use. */
    public static synchronized DevServices forTests() {
        if (forTests == null) {
            forTests = new DevServices(Settings.tests());
        }
        return forTests;
    }

    /** The services this JVM started (dev run or tests), for dev-only pages such as the mailbox. */
    public static java.util.Optional<DevServices> running() {
        return java.util.Optional.ofNullable(running);
    }

    public Settings settings() {
        return settings;
    }

    public Duration startup() {
        return startup;
    }

    public String appUrl() {
        return "http://localhost:" + settings.appPort();
    }

    public String tenantAdminUrl() {
        return "http://localhost:" + settings.tenantAdminPort();
    }

    public String keycloakUrl() {
        return keycloak.url();
    }

    public String issuer(String realm) {
        return keycloak.url() + "/realms/" + realm;
    }

    /** Issuer of the tenants' realm. */
    public String tenantIssuer() {
        return issuer(KeycloakRealms.TENANT_REALM);
    }

    /** Test-only public client allowed the password grant in realm {@code lexdesk}. */
    public String passwordGrantClientId() {
        return KeycloakRealms.TEST_CLIENT;
    }

    /** Like {@link #passwordGrantClientId()}, but its access tokens expire after one second. */
    public String expiringPasswordGrantClientId() {
        return KeycloakRealms.EXPIRING_TEST_CLIENT;
    }

    /**
     * Test-only: one more Keycloak user (password {@link DemoData#PASSWORD}) in the organization of demo tenant
     * {@code tenant}, so destructive tests need not change the demo users. Lexdesk's membership is the caller's.
     */
    public void addTenantUser(DemoData.Tenant tenant, DemoData.User user) {
        addTenantUser(tenant, user, true);
    }

    /** {@link #addTenantUser(DemoData.Tenant, DemoData.User)} with the user's email verified or not. */
    public void addTenantUser(DemoData.Tenant tenant, DemoData.User user, boolean emailVerified) {
        new KeycloakRealms(keycloak.url()).addUser(tenant, user, emailVerified);
    }

    /**
     * Test-only: a user of the tenants' realm in no organization, as someone who registered on Keycloak's page
     * (password {@link DemoData#PASSWORD}; {@code emailVerified} as if they had followed the verification link or not).
     */
    public void addUnaffiliatedTenantUser(DemoData.User user, boolean emailVerified) {
        new KeycloakRealms(keycloak.url()).addUnaffiliatedUser(user, emailVerified);
    }

    /** Ends every Keycloak session of a tenants' user, as an administrator would in Keycloak's console. */
    public void endTenantUserSessions(String email) {
        new KeycloakRealms(keycloak.url()).endSessions(KeycloakRealms.TENANT_REALM, email);
    }

    /** The ids of a tenants' user's live Keycloak sessions: the {@code sid} claim of the tokens they were given. */
    public List<String> tenantUserSessionIds(String email) {
        return new KeycloakRealms(keycloak.url()).sessionIds(KeycloakRealms.TENANT_REALM, email);
    }

    /** The Keycloak id of a tenants' user (the {@code sub} of their tokens), for users who cannot get a token. */
    public String tenantUserId(String email) {
        return new KeycloakRealms(keycloak.url()).userId(KeycloakRealms.TENANT_REALM, email);
    }

    /** Ends every Keycloak session of an operator (realm {@code platform}). */
    public void endOperatorSessions(String email) {
        new KeycloakRealms(keycloak.url()).endSessions(KeycloakRealms.PLATFORM_REALM, email);
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl("lexdesk");
    }

    public MailServer mail() {
        return mail;
    }

    public String s3Endpoint() {
        return s3.endpoint();
    }

    /**
     * Properties for the tenants' application (ui): database, identity, storage, mail, port. Like production, no
     * platform role: add {@link #platformDatabaseProperties()} where the demo tenants are provisioned. It reaches
     * Keycloak's admin API (invitations, organization domains) as the service account of realm {@code lexdesk}'s
     * client {@value KeycloakRealms#IDENTITY_ADMIN_CLIENT}, never as Keycloak's administrator.
     */
    public Map<String, String> applicationProperties() {
        Map<String, String> p = common();
        p.put("server.port", Integer.toString(settings.appPort()));
        p.put("spring.security.oauth2.client.provider.keycloak.issuer-uri", tenantIssuer());
        p.put("spring.security.oauth2.client.registration.keycloak.client-id", KeycloakRealms.UI_CLIENT);
        p.put("spring.security.oauth2.client.registration.keycloak.client-secret", UI_CLIENT_SECRET);
        p.put("lexdesk.keycloak.admin.server-url", keycloak.url());
        p.put("lexdesk.keycloak.admin.realm", KeycloakRealms.TENANT_REALM);
        p.put("lexdesk.keycloak.admin.client-id", KeycloakRealms.IDENTITY_ADMIN_CLIENT);
        p.put("lexdesk.keycloak.admin.client-secret", IDENTITY_ADMIN_CLIENT_SECRET);
        p.put("lexdesk.onboarding.portal-url", appUrl() + "/t/{tenant}/portal");
        p.put("lexdesk.notifications.secret", NOTIFICATIONS_SECRET);
        p.putAll(mailRepliesProperties());
        return p;
    }

    /**
     * Replies by email: the address requesters answer notifications to (GreenMail delivers its subaddresses to the
     * replies mailbox), the secret that signs them, and the mailbox read over IMAP — every second in tests, every
     * five seconds in the dev run, or as {@code -Dlexdesk.dev.mail.replies.poll-interval} says.
     */
    public Map<String, String> mailRepliesProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lexdesk.mail.replies.address", MailServer.REPLIES_ADDRESS);
        p.put("lexdesk.mail.replies.secret", MAIL_REPLIES_SECRET);
        p.put("lexdesk.mail.replies.imap.host", "127.0.0.1");
        p.put("lexdesk.mail.replies.imap.port", Integer.toString(mail.imapPort()));
        p.put("lexdesk.mail.replies.imap.username", MailServer.REPLIES_ADDRESS);
        p.put("lexdesk.mail.replies.imap.password", MailServer.REPLIES_PASSWORD);
        p.put("lexdesk.mail.replies.imap.ssl", "false");
        p.put("lexdesk.mail.replies.poll-interval", System.getProperty("lexdesk.dev.mail.replies.poll-interval",
                settings.durable() ? "5s" : "1s"));
        return p;
    }

    /**
     * The platform role's connection ({@code lexdesk.platform.datasource.*}), the only one allowed to write the
     * {@code tenant} table: tenant admin has it, and so do the dev run and tests that provision the demo tenants.
     */
    public Map<String, String> platformDatabaseProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lexdesk.platform.datasource.url", jdbcUrl());
        p.put("lexdesk.platform.datasource.username", "lexdesk_platform");
        p.put("lexdesk.platform.datasource.password", "lexdesk_platform");
        return p;
    }

    /** Properties for the operators' application (tenant-admin), the platform role's connection included. */
    public Map<String, String> tenantAdminProperties() {
        Map<String, String> p = common();
        p.putAll(platformDatabaseProperties());
        p.put("server.port", Integer.toString(settings.tenantAdminPort()));
        p.put("spring.security.oauth2.client.provider.keycloak.issuer-uri", issuer(KeycloakRealms.PLATFORM_REALM));
        p.put("spring.security.oauth2.client.registration.keycloak.client-id", KeycloakRealms.TENANT_ADMIN_CLIENT);
        p.put("spring.security.oauth2.client.registration.keycloak.client-secret", TENANT_ADMIN_CLIENT_SECRET);
        p.put("lexdesk.keycloak.admin.server-url", keycloak.url());
        p.put("lexdesk.keycloak.admin.realm", "master");
        p.put("lexdesk.keycloak.admin.client-id", "admin-cli");
        p.put("lexdesk.keycloak.admin.username", KeycloakServer.ADMIN_USER);
        p.put("lexdesk.keycloak.admin.password", KeycloakServer.ADMIN_PASSWORD);
        return p;
    }

    private Map<String, String> common() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", jdbcUrl());
        p.put("spring.datasource.username", "lexdesk_app");
        p.put("spring.datasource.password", "lexdesk_app");
        p.put("spring.flyway.user", "lexdesk_owner");
        p.put("spring.flyway.password", "lexdesk_owner");
        p.put("lexdesk.identity.issuer", tenantIssuer());
        p.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", tenantIssuer());
        p.put("lexdesk.storage.s3.endpoint", s3.endpoint());
        p.put("lexdesk.storage.s3.region", S3Server.REGION);
        p.put("lexdesk.storage.s3.bucket", S3Server.BUCKET);
        p.put("lexdesk.storage.s3.access-key", S3Server.ACCESS_KEY);
        p.put("lexdesk.storage.s3.secret-key", S3Server.SECRET_KEY);
        p.put("lexdesk.storage.s3.path-style", "true");
        p.put("lexdesk.storage.s3.checksums", "WHEN_REQUIRED");
        // Links in notifications, in whichever application an event is planned (a retried publication may run in either).
        p.put("lexdesk.public-url", appUrl());
        p.put("spring.mail.host", "127.0.0.1");
        p.put("spring.mail.port", Integer.toString(mail.port()));
        return p;
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable service : new AutoCloseable[] {keycloak, s3, mail, postgres}) {
            try {
                service.close();
            } catch (Exception e) {
                log.warn("Stopping a dev service failed: {}", e.getMessage());
            }
        }
    }
}
