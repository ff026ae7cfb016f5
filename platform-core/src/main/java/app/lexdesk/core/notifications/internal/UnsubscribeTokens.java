package app.lexdesk.core.notifications.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The token of a one-click unsubscribe link ({@code List-Unsubscribe}, RFC 8058): which tenant and person, signed
 * with HMAC-SHA256 under {@code lexdesk.notifications.secret}, so that nobody switches off another person's
 * notifications by guessing ids. Without a configured secret a random one is used: links then stop working at the
 * next start, which is said once in the log.
 */
@Component
class UnsubscribeTokens {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A verified token's tenant and person. */
    record Subject(UUID tenantId, UUID personId) {
    }

    private final byte[] secret;

    UnsubscribeTokens(@Value("${lexdesk.notifications.secret:}") String secret) {
        if (secret.isBlank()) {
            log.warn("lexdesk.notifications.secret is not set: unsubscribe links will not survive a restart");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String token(UUID tenantId, UUID personId) {
        byte[] ids = ByteBuffer.allocate(32).putLong(tenantId.getMostSignificantBits())
                .putLong(tenantId.getLeastSignificantBits()).putLong(personId.getMostSignificantBits())
                .putLong(personId.getLeastSignificantBits()).array();
        return ENCODER.encodeToString(ids) + "." + ENCODER.encodeToString(mac(ids));
    }

    Optional<Subject> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] ids = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] mac = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (ids.length != 32 || !MessageDigest.isEqual(mac, mac(ids))) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(ids);
            return Optional.of(new Subject(new UUID(b.getLong(), b.getLong()), new UUID(b.getLong(), b.getLong())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update("unsubscribe:".getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
