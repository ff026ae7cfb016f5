package app.lexdesk.core.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers tokens whose signature was verified, so a client calling many times with one token pays for
 * parsing and the signature check once. Only the exact same token string is recognised; every use still
 * runs the validators (expiry, issuer, audience), so an expired token is refused even when remembered.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, Duration keepAtMost, long maximumSize) {
        this.verifier = verifier;
        this.validator = validator;
        // Kept until the token expires, and never longer than keepAtMost (a key withdrawn from the issuer's
        // key set stops being honoured for known tokens after that).
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(Expiry.<String, Jwt>creating(
                (token, jwt) -> keep(jwt, keepAtMost))).build();
    }

    private static Duration keep(Jwt jwt, Duration keepAtMost) {
        if (jwt.getExpiresAt() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left.compareTo(keepAtMost) < 0 ? left : keepAtMost;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("Invalid token", result.getErrors());
        }
        return known;
    }
}
