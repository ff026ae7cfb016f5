package app.lexdesk.ui.common;

import app.lexdesk.core.sessions.EndedLoginSessions;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The UI's security: OIDC login against the tenants' realm (authorization code with PKCE), Vaadin's view
 * access control, a sign-out that also ends the Keycloak session, and Keycloak's back-channel logout — a
 * Keycloak session that ends (signed out elsewhere, ended by an administrator, expired) ends the Lexdesk
 * session it logged in, and the open tabs land on the login page at their next click. The REST API has its
 * own chain in platform-core, ordered first.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN = "/oauth2/authorization/keycloak";

    @Bean
    SecurityFilterChain uiSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            OidcBackChannelLogoutHandler backChannelLogout, EndedLoginSessions endedLogins) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/actuator/health").permitAll());
        // PKCE for our confidential client too: Keycloak is configured to require it.
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(o -> o.authorizationEndpoint(a -> a.authorizationRequestResolver(resolver)));
        // POST /logout/connect/back-channel/keycloak with a signed logout token. Spring's filter answers it
        // before the CSRF filter, so Keycloak's server-to-server call needs no CSRF token. The ended Keycloak
        // session is recorded for the other nodes first (the call reaches only one of them), then this node's
        // sessions of it end at once.
        http.oidcLogout(l -> l.backChannel(b -> b.logoutHandler(endedLogins.recordingFirst(backChannelLogout))));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN, "{baseUrl}"));
        return http.build();
    }

    /**
     * Which HTTP session each Keycloak session (sid) logged in, for back-channel logout. Per node: sessions on
     * other nodes learn of the logout through {@link EndedLoginSessions}.
     */
    @Bean
    OidcSessionRegistry oidcSessions() {
        return new InMemoryOidcSessionRegistry();
    }

    /** Tells the registry about ended and renamed sessions, so it forgets them and follows id changes at login. */
    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Ends the sessions a logout token names by replaying the logout, with each session's cookie, to this very
     * node over loopback: the registry is per node, so the session is here, and a call through the ingress could
     * land on another pod. The port is known once the server has started.
     */
    @Bean
    OidcBackChannelLogoutHandler backChannelLogout(OidcSessionRegistry sessions,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        OidcBackChannelLogoutHandler handler = new OidcBackChannelLogoutHandler(sessions);
        handler.setSessionCookieName(sessionCookie);
        return handler;
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> backChannelLogoutPort(OidcBackChannelLogoutHandler handler) {
        return event -> handler.setLogoutUri("http://localhost:" + event.getWebServer().getPort()
                + "/logout/connect/back-channel/{registrationId}");
    }
}
