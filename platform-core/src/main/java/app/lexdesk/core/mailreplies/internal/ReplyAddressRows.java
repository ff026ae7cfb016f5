package app.lexdesk.core.mailreplies.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_reply_address} rows: one random 48-bit key per (tenant, person, record). Every query names the tenant
 * (row-level security checks it again); callers run in the tenant's transaction.
 */
@Repository
public class ReplyAddressRows {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ReplyAddressRows(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** Who and what a key stands for. */
    public record Row(UUID personId, UUID recordId) {
    }

    /** The key of this person and record, made the first time it is asked for (concurrent callers get the same). */
    public long keyFor(UUID tenantId, UUID personId, UUID recordId, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Long> existing = existing(tenantId, personId, recordId);
            if (existing.isPresent()) {
                return existing.get();
            }
            long key = RANDOM.nextLong() & ReplyToken.MAX_KEY;
            // Nothing on conflict: either another caller made this person's row (read it next round) or, once in 2^48,
            // the random key is taken in this tenant (draw again).
            jdbc.sql("""
                    insert into mail_reply_address (tenant_id, key, person_id, record_id, created_at)
                    values (:tenant, :key, :person, :record, :now) on conflict do nothing""")
                    .param("tenant", tenantId).param("key", key).param("person", personId).param("record", recordId)
                    .param("now", Timestamp.from(now)).update();
        }
        return existing(tenantId, personId, recordId)
                .orElseThrow(() -> new IllegalStateException("No reply address key could be stored"));
    }

    public Optional<Row> find(UUID tenantId, long key) {
        return jdbc.sql("select person_id, record_id from mail_reply_address where tenant_id = :tenant and key = :key")
                .param("tenant", tenantId).param("key", key)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).optional();
    }

    private Optional<Long> existing(UUID tenantId, UUID personId, UUID recordId) {
        return jdbc.sql("select key from mail_reply_address where tenant_id = :tenant and person_id = :person "
                        + "and record_id = :record").param("tenant", tenantId).param("person", personId)
                .param("record", recordId).query(Long.class).optional();
    }
}
