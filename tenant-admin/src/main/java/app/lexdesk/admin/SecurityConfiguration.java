package app.lexdesk.admin;

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
 * Operators log in with OIDC (code + PKCE) against the {@code platform} realm, which holds only operators.
 * Keycloak's back-channel logout ends an operator's session here when their Keycloak session ends, as in the
 * tenants' application (whose configuration explains the parts).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain operatorSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            OidcBackChannelLogoutHandler backChannelLogout, EndedLoginSessions endedLogins) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(o -> o.authorizationEndpoint(a -> a.authorizationRequestResolver(resolver)));
        http.oidcLogout(l -> l.backChannel(b -> b.logoutHandler(endedLogins.recordingFirst(backChannelLogout))));
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/keycloak", "{baseUrl}"));
        return http.build();
    }

    @Bean
    OidcSessionRegistry oidcSessions() {
        return new InMemoryOidcSessionRegistry();
    }

    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    /** Replays the logout to this node over loopback with the session's cookie (named LEXDESK_ADMIN_SESSION). */
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
