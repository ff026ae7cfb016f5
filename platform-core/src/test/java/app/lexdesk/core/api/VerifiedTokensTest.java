package app.lexdesk.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    static final String ISSUER = "https://id.example/realms/lexdesk";

    final AtomicInteger verifications = new AtomicInteger();
    final Instant now = Instant.now();

    /** Stands for the signature check: only tokens it "signed" pass; claims depend on the token's name. */
    final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("signed-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("lawyer").issuer(ISSUER)
                .audience(List.of(token.contains("other-audience") ? "account" : "lexdesk-api"))
                .issuedAt(now.minusSeconds(10)).expiresAt(now.plusSeconds(60)).build();
    };

    @Test
    void a_known_token_skips_the_signature_check_but_not_the_expiry() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(Clock.fixed(now, ZoneOffset.UTC));
        VerifiedTokens tokens = new VerifiedTokens(verifier, timestamps, Duration.ofMinutes(10), 100);
        assertThat(tokens.decode("signed-1").getSubject()).isEqualTo("lawyer");
        assertThat(tokens.decode("signed-1").getSubject()).isEqualTo("lawyer");
        assertThat(verifications).hasValue(1);

        timestamps.setClock(Clock.fixed(now.plusSeconds(61), ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.decode("signed-1")).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void each_token_string_is_verified_on_its_own_and_a_failed_one_every_time() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, ApiSecurityConfiguration.validator(ISSUER, "lexdesk-api",
                Duration.ZERO), Duration.ofMinutes(10), 100);
        tokens.decode("signed-1");
        tokens.decode("signed-2");
        assertThat(verifications).as("another token is never taken for a known one").hasValue(2);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(4);
    }

    @Test
    void the_apis_own_checks_run_on_a_known_token_too() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, ApiSecurityConfiguration.validator(ISSUER, "lexdesk-api",
                Duration.ZERO), Duration.ofMinutes(10), 100);
        // The stand-in verifier checks signatures only, so the wrong audience is first caught on reuse.
        tokens.decode("signed-other-audience");
        assertThatThrownBy(() -> tokens.decode("signed-other-audience")).isInstanceOf(JwtValidationException.class)
                .satisfies(e -> assertThat(((JwtValidationException) e).getErrors())
                        .anySatisfy(error -> assertThat(error.getDescription()).contains("aud")));
        VerifiedTokens elsewhere = new VerifiedTokens(verifier, ApiSecurityConfiguration.validator(
                "https://id.example/realms/platform", "lexdesk-api", Duration.ZERO), Duration.ofMinutes(10), 100);
        elsewhere.decode("signed-3");
        assertThatThrownBy(() -> elsewhere.decode("signed-3")).isInstanceOf(JwtValidationException.class);
    }
}
