package app.lexdesk.plugins.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Lexdesk-Signature} header: {@code sha256=} and the lower-case hex HMAC-SHA256, keyed with the
 * tenant's secret (UTF-8), of the timestamp header's digits, a dot and the exact body bytes. Signing the timestamp
 * with the body lets a receiver refuse a replayed request by its age.
 */
final class Signature {

    static final String PREFIX = "sha256=";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Signature() {
    }

    static String header(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return PREFIX + hex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java platform ships HmacSHA256, and a non-empty secret is a valid key for it.
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[bytes[i] >> 4 & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }
}
