package app.lexdesk.core.api;

import app.lexdesk.core.tenancy.TenantAccessService;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security of {@code /api/**}: stateless bearer tokens from the tenants' realm (issuer and the
 * {@code lexdesk-api} audience checked), then {@link ApiTenantFilter}. Ordered before any UI chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lexdesk.api.enabled", havingValue = "true", matchIfMissing = true)
class ApiSecurityConfiguration {


    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, TenantAccessService access,
            @Value("${lexdesk.api.docs-public}") boolean docsPublic) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            ApiProblems.write(response, ApiProblems.problem(ProblemType.NOT_AUTHENTICATED,
                    "A valid bearer token from the Lexdesk identity provider is required."));
        };
        AccessDeniedHandler denied = (request, response, e) -> ApiProblems.write(response,
                ApiProblems.problem(ProblemType.FORBIDDEN, "Your role does not allow this."));
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> {
                    // Open only in the dev run and tests; production describes the API to authenticated callers.
                    if (docsPublic) {
                        a.requestMatchers(ApiDocumentation.patterns()).permitAll();
                    }
                    // The one-click unsubscribe of notification emails (RFC 8058): its signed token is the credential.
                    a.requestMatchers("/api/v1/notifications/unsubscribe").permitAll();
                    a.anyRequest().authenticated();
                })
                .oauth2ResourceServer(o -> o.jwt(j -> { }).authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                // Stateless: nothing to remember between calls, no login page to return to, no session to end.
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .addFilterAfter(new ApiTenantFilter(access), BearerTokenAuthenticationFilter.class)
                .build();
    }

    /**
     * Validates signature (keys from the issuer's JWKS), issuer, expiry (with {@code lexdesk.api.clock-skew})
     * and that the token names the API's audience. Keys are fetched on first use, not at start-up. A token
     * seen before skips the signature check, never the other checks ({@link VerifiedTokens}).
     */
    @Bean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${lexdesk.api.audience}") String audience, @Value("${lexdesk.api.clock-skew}") Duration skew) {
        OAuth2TokenValidator<Jwt> validator = validator(issuer, audience, skew);
        JwtDecoder verifier = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
        return new VerifiedTokens(verifier, validator, Duration.ofMinutes(10), 10_000);
    }

    /** Expiry (with clock skew), issuer and the API's audience: checked on every call, remembered token or not. */
    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Duration skew) {
        return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(skew), new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }
}
