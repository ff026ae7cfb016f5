package app.lexdesk.core.mailreplies.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a reply address ({@code replies+<token>@domain}): 30 bytes written as {@value #LENGTH} characters of
 * lowercase base32 (RFC 4648's alphabet, no padding), so that it survives mail systems that change the case of an
 * address and fits an address's 64-character local part with room for the mailbox's own name.
 *
 * <pre>
 *   tenant id (16 bytes) | key (6 bytes) | HMAC-SHA256(secret, "lexdesk-reply-v1" | tenant id | key), first 8 bytes
 * </pre>
 *
 * <p>Why these parts: the tenant must be known before anything is read, because every tenant table is behind
 * row-level security and the reply is handled in the tenant's scope — carrying it in the token needs no table
 * readable across tenants. The key names a stored {@code (tenant, person, record)} row ({@code mail_reply_address}), so the
 * token carries neither the person nor the record and can be refused later (the row's person must still be able to
 * act on its record, checked at reply time). 48 random bits make keys unique per tenant (the table's key enforces
 * it).
 * The MAC binds tenant and key together: a changed character, a key moved to another tenant or an invented token is
 * refused by {@link #verify} without a database read; 64 bits of MAC leave a forger one chance in 2^64 per email sent.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReplyToken {

    /** Characters of a token. */
    public static final int LENGTH = 48;
    /** The largest key (48 bits). */
    public static final long MAX_KEY = (1L << 48) - 1;

    private static final int BYTES = 30;
    private static final int MAC_BYTES = 8;
    private static final byte[] CONTEXT = "lexdesk-reply-v1".getBytes(StandardCharsets.US_ASCII);
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final SecretKeySpec secret;

    /** What a valid token names. */
    public record Parsed(UUID tenantId, long key) {
    }

    /** @param secret at least 32 characters; whoever knows it can make valid tokens */
    public ReplyToken(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("lexdesk.mail.replies.secret must be at least 32 characters");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The token for {@code key} of {@code tenantId}. */
    public String issue(UUID tenantId, long key) {
        if (key < 0 || key > MAX_KEY) {
            throw new IllegalArgumentException("A key has 48 bits");
        }
        ByteBuffer bytes = ByteBuffer.allocate(BYTES);
        bytes.putLong(tenantId.getMostSignificantBits()).putLong(tenantId.getLeastSignificantBits());
        putKey(bytes, key);
        bytes.put(mac(Arrays.copyOf(bytes.array(), BYTES - MAC_BYTES)));
        return base32(bytes.array());
    }

    /** What {@code token} names when it is one this secret issued (any case); empty for anything else. */
    public Optional<Parsed> verify(String token) {
        if (token == null || token.length() != LENGTH) {
            return Optional.empty();
        }
        byte[] bytes = unbase32(token.toLowerCase(Locale.ROOT));
        if (bytes == null) {
            return Optional.empty();
        }
        byte[] signed = Arrays.copyOf(bytes, BYTES - MAC_BYTES);
        byte[] mac = Arrays.copyOfRange(bytes, BYTES - MAC_BYTES, BYTES);
        if (!MessageDigest.isEqual(mac, mac(signed))) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(bytes);
        UUID tenant = new UUID(read.getLong(), read.getLong());
        long key = 0;
        for (int i = 0; i < 6; i++) {
            key = (key << 8) | (read.get() & 0xFF);
        }
        return Optional.of(new Parsed(tenant, key));
    }

    private static void putKey(ByteBuffer bytes, long key) {
        for (int shift = 40; shift >= 0; shift -= 8) {
            bytes.put((byte) (key >>> shift));
        }
    }

    private byte[] mac(byte[] signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(CONTEXT);
            return Arrays.copyOf(mac.doFinal(signed), MAC_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 30 bytes (240 bits) are exactly 48 characters of five bits. */
    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }

    private static byte[] unbase32(String text) {
        byte[] out = new byte[BYTES];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = c >= 'a' && c <= 'z' ? c - 'a' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        return n == BYTES ? out : null;
    }
}
