package app.lexdesk.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    final AtomicInteger verifications = new AtomicInteger();
    final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("signed-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("lawyer").issuedAt(NOW.minusSeconds(10))
                .expiresAt(NOW.plusSeconds(60)).build();
    };
    final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);

    @Test
    void a_known_token_skips_the_signature_check_but_not_the_expiry() {
        timestamps.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        VerifiedTokens tokens = new VerifiedTokens(verifier, timestamps, Duration.ofMinutes(10), 100);
        assertThat(tokens.decode("signed-1").getSubject()).isEqualTo("lawyer");
        assertThat(tokens.decode("signed-1").getSubject()).isEqualTo("lawyer");
        assertThat(verifications).hasValue(1);

        timestamps.setClock(Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.decode("signed-1")).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_token_that_failed_verification_is_checked_again_every_time() {
        timestamps.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        VerifiedTokens tokens = new VerifiedTokens(verifier, timestamps, Duration.ofMinutes(10), 100);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void only_the_exact_token_string_is_recognised() {
        timestamps.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
        VerifiedTokens tokens = new VerifiedTokens(verifier, timestamps, Duration.ofMinutes(10), 100);
        tokens.decode("signed-1");
        assertThatThrownBy(() -> tokens.decode("signed-1x".replace("signed-", "forged-")))
                .isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
