package app.lexdesk.infra;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.idm.UserSessionRepresentation;

/**
 * The realm templates, applied idempotently through the admin client: realm {@code lexdesk} (every tenant's
 * users; a Keycloak Organization per tenant; the {@code organization} claim in tokens) and realm
 * {@code platform} (operators). Also the demo organizations and users of {@link DemoData}.
 */
final class KeycloakRealms {

    static final String TENANT_REALM = "lexdesk";
    static final String PLATFORM_REALM = "platform";
    static final String UI_CLIENT = "lexdesk-ui";
    static final String API_AUDIENCE = "lexdesk-api";
    static final String TEST_CLIENT = "lexdesk-test";
    static final String EXPIRING_TEST_CLIENT = "lexdesk-test-expiring";
    static final String TENANT_ADMIN_CLIENT = "lexdesk-tenant-admin";
    /** Spring Security's back-channel logout endpoint for the applications' client registration "keycloak". */
    static final String BACK_CHANNEL_LOGOUT_PATH = "/logout/connect/back-channel/keycloak";

    private final String serverUrl;

    KeycloakRealms(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    void apply(String uiBaseUrl, String uiSecret, String tenantAdminBaseUrl, String tenantAdminSecret) {
        try (Keycloak admin = admin()) {
            RealmResource tenants = realm(admin, TENANT_REALM, "Lexdesk", true);
            client(tenants, confidentialClient(UI_CLIENT, uiBaseUrl, uiSecret));
            client(tenants, apiAudience());
            client(tenants, passwordGrantTestClient(TEST_CLIENT, null));
            client(tenants, passwordGrantTestClient(EXPIRING_TEST_CLIENT, "1"));
            for (String clientId : List.of(UI_CLIENT, TEST_CLIENT, EXPIRING_TEST_CLIENT)) {
                defaultScope(tenants, clientId, "organization");
                audienceMapper(tenants, clientId);
            }
            for (DemoData.Tenant tenant : DemoData.TENANTS) {
                String orgId = organization(tenants, tenant);
                for (DemoData.User user : tenant.users()) {
                    member(tenants, orgId, tenant, user);
                }
            }

            RealmResource platform = realm(admin, PLATFORM_REALM, "Lexdesk platform", false);
            client(platform, confidentialClient(TENANT_ADMIN_CLIENT, tenantAdminBaseUrl, tenantAdminSecret));
            user(platform, DemoData.OPERATOR);
        }
    }

    /** Test-only: one more user (password {@link DemoData#PASSWORD}) in the organization of {@code tenant}. */
    void addUser(DemoData.Tenant tenant, DemoData.User user) {
        try (Keycloak admin = admin()) {
            RealmResource tenants = admin.realm(TENANT_REALM);
            member(tenants, organization(tenants, tenant), tenant, user);
        }
    }

    /**
     * Ends every Keycloak session of the user with {@code email} in {@code realm}, as an administrator does in
     * the console; Keycloak then tells each client with a back-channel logout URL, before answering.
     */
    void endSessions(String realm, String email) {
        try (Keycloak admin = admin()) {
            List<UserRepresentation> found = admin.realm(realm).users().searchByEmail(email, true);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No user " + email + " in realm " + realm);
            }
            admin.realm(realm).users().get(found.get(0).getId()).logout();
        }
    }

    /** The ids ({@code sid} in tokens) of the Keycloak sessions of the user with {@code email} in {@code realm}. */
    List<String> sessionIds(String realm, String email) {
        try (Keycloak admin = admin()) {
            List<UserRepresentation> found = admin.realm(realm).users().searchByEmail(email, true);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No user " + email + " in realm " + realm);
            }
            return admin.realm(realm).users().get(found.get(0).getId()).getUserSessions().stream()
                    .map(UserSessionRepresentation::getId).toList();
        }
    }

    private Keycloak admin() {
        return KeycloakBuilder.builder().serverUrl(serverUrl).realm("master").clientId("admin-cli")
                .username(KeycloakServer.ADMIN_USER).password(KeycloakServer.ADMIN_PASSWORD).build();
    }

    private static void member(RealmResource realm, String orgId, DemoData.Tenant tenant, DemoData.User user) {
        String userId = user(realm, user);
        realm.organizations().get(orgId).members().getAll().stream()
                .filter(m -> m.getId().equals(userId)).findAny()
                .ifPresentOrElse(m -> { }, () -> check(realm.organizations().get(orgId).members()
                        .addMember(userId), "add " + user.email() + " to " + tenant.slug()));
    }

    private static RealmResource realm(Keycloak admin, String name, String displayName, boolean organizations) {
        boolean exists = admin.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(name));
        if (!exists) {
            RealmRepresentation realm = new RealmRepresentation();
            realm.setRealm(name);
            realm.setDisplayName(displayName);
            realm.setEnabled(true);
            realm.setOrganizationsEnabled(organizations);
            realm.setInternationalizationEnabled(true);
            realm.setSupportedLocales(Set.of("en", "fr"));
            realm.setDefaultLocale("en");
            realm.setLoginWithEmailAllowed(true);
            realm.setRegistrationAllowed(false);
            realm.setBruteForceProtected(true);
            admin.realms().create(realm);
        }
        return admin.realm(name);
    }

    private static ClientRepresentation confidentialClient(String clientId, String baseUrl, String secret) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setSecret(secret);
        client.setStandardFlowEnabled(true);
        client.setDirectAccessGrantsEnabled(false);
        client.setRootUrl(baseUrl);
        client.setBaseUrl(baseUrl + "/");
        client.setRedirectUris(List.of(baseUrl + "/*"));
        client.setWebOrigins(List.of(baseUrl));
        // Ending a Keycloak session (sign-out elsewhere, an administrator, session expiry) ends the application's
        // session too: Keycloak posts a logout token naming the session (sid) to the application's endpoint.
        client.setFrontchannelLogout(false);
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256",
                "post.logout.redirect.uris", baseUrl + "/*",
                "backchannel.logout.url", baseUrl + BACK_CHANNEL_LOGOUT_PATH,
                "backchannel.logout.session.required", "true",
                "backchannel.logout.revoke.offline.tokens", "false"));
        return client;
    }

    /** The REST API's audience: tokens for it must name it; it never logs anybody in itself. */
    private static ClientRepresentation apiAudience() {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(API_AUDIENCE);
        client.setPublicClient(false);
        client.setBearerOnly(true);
        client.setStandardFlowEnabled(false);
        return client;
    }

    /**
     * Test-only: a public client allowed the password grant, so API tests can get real tokens; with a
     * lifespan (seconds), its access tokens expire that fast, for expiry tests.
     */
    private static ClientRepresentation passwordGrantTestClient(String clientId, String tokenLifespan) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        if (tokenLifespan != null) {
            client.setAttributes(Map.of("access.token.lifespan", tokenLifespan));
        }
        client.setPublicClient(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(true);
        return client;
    }

    private static void client(RealmResource realm, ClientRepresentation wanted) {
        List<ClientRepresentation> found = realm.clients().findByClientId(wanted.getClientId());
        if (found.isEmpty()) {
            check(realm.clients().create(wanted), "create client " + wanted.getClientId());
        } else {
            wanted.setId(found.get(0).getId());
            realm.clients().get(wanted.getId()).update(wanted);
        }
    }

    private static void defaultScope(RealmResource realm, String clientId, String scopeName) {
        ClientScopeRepresentation scope = realm.clientScopes().findAll().stream()
                .filter(s -> s.getName().equals(scopeName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Realm has no client scope " + scopeName));
        String id = realm.clients().findByClientId(clientId).get(0).getId();
        boolean present = realm.clients().get(id).getDefaultClientScopes().stream()
                .anyMatch(s -> s.getName().equals(scopeName));
        if (!present) {
            realm.clients().get(id).addDefaultClientScope(scope.getId());
        }
    }

    private static void audienceMapper(RealmResource realm, String clientId) {
        String id = realm.clients().findByClientId(clientId).get(0).getId();
        var mappers = realm.clients().get(id).getProtocolMappers();
        if (mappers.getMappers().stream().anyMatch(m -> m.getName().equals("lexdesk-api-audience"))) {
            return;
        }
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("lexdesk-api-audience");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of("included.client.audience", API_AUDIENCE, "access.token.claim", "true",
                "id.token.claim", "false"));
        check(mappers.createMapper(mapper), "audience mapper for " + clientId);
    }

    private static String organization(RealmResource realm, DemoData.Tenant tenant) {
        List<OrganizationRepresentation> found = realm.organizations().search(tenant.name(), true, 0, 10);
        var existing = found.stream().filter(o -> tenant.slug().equals(o.getAlias())).findFirst();
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setName(tenant.name());
        org.setAlias(tenant.slug());
        org.setEnabled(true);
        org.addDomain(new OrganizationDomainRepresentation(tenant.emailDomain()));
        try (Response response = realm.organizations().create(org)) {
            ensureSuccess(response, "create organization " + tenant.slug());
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    private static String user(RealmResource realm, DemoData.User demo) {
        List<UserRepresentation> found = realm.users().searchByEmail(demo.email(), true);
        if (!found.isEmpty()) {
            return found.get(0).getId();
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(demo.email());
        user.setEmail(demo.email());
        user.setEmailVerified(true);
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEnabled(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(DemoData.PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = realm.users().create(user)) {
            ensureSuccess(response, "create user " + demo.email());
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    private static void check(Response response, String what) {
        try (response) {
            ensureSuccess(response, what);
        }
    }

    private static void ensureSuccess(Response response, String what) {
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("Keycloak refused to " + what + ": HTTP " + response.getStatus()
                    + " " + response.readEntity(String.class));
        }
    }
}
