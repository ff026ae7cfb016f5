package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.DeliveryStatus;
import app.lexdesk.core.notifications.DeliverySummary;
import app.lexdesk.core.notifications.NotificationMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code notification_delivery} rows: stored once per occurrence, recipient and channel; claimed by dispatchers
 * with {@code FOR UPDATE SKIP LOCKED} (a claim is a lease: a SENDING row whose lease ran out is due again); completed
 * only by the dispatcher that holds the claim. Every statement names the tenant; row-level security checks it again.
 */
@Component
class DeliveryStore {

    /** A delivery about to be stored. */
    record NewDelivery(UUID id, String eventKey, String event, UUID recordId, String recordReference, UUID ruleId,
            UUID personId, String address, String recipientName, String audience, String channel, String language,
            boolean optional, String subject, String text, String html, String link, String messageId,
            DeliveryStatus status, Instant occurredAt, Instant createdAt) {
    }

    /** A claimed delivery, what a channel needs to send it. */
    record Claimed(UUID id, String event, UUID recordId, String recordReference, UUID personId, String address,
            String recipientName, String audience, String channel, String language, boolean optional,
            String subject, String text, String html, String link, String messageId, int attempts,
            Instant occurredAt) {
    }

    private static final String CLAIMED = "id, event, record_id, record_reference, person_id, address, recipient_name, "
            + "audience, channel, language, optional, subject, body_text, body_html, link, message_id, attempts, "
            + "occurred_at";

    private final JdbcTemplate jdbc;

    DeliveryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    NewDelivery newDelivery(Occurrence o, RecordContext record, Target target, NotificationRenderer.Rendered message,
            Instant now) {
        UUID id = UUID.randomUUID();
        DeliveryStatus status = target.mode() == NotificationMode.DIGEST ? DeliveryStatus.DIGEST
                : DeliveryStatus.PENDING;
        return new NewDelivery(id, o.key(), o.event().key(), record.id(), target.requester()
                && record.requestReference() != null ? record.requestReference() : record.reference(),
                target.rule().id(), target.personId(), target.address(), target.name(), target.audience(),
                target.rule().channel(), target.language(), target.optional(), message.subject(), message.text(),
                message.html(), message.link(), messageId(id, o.tenant().slug()), status, o.at(), now);
    }

    static String messageId(UUID delivery, String tenant) {
        return "<" + delivery + "." + tenant + "@notifications.lexdesk>";
    }

    /** @return how many were new (a replanned occurrence inserts none) */
    int insert(UUID tenant, List<NewDelivery> deliveries) {
        int inserted = 0;
        for (NewDelivery d : deliveries) {
            inserted += jdbc.update("""
                    insert into notification_delivery (id, tenant_id, event_key, event, record_id, record_reference,
                        rule_id, person_id, address, recipient_name, audience, channel, language, optional, subject,
                        body_text, body_html, link, message_id, status, next_attempt_at, occurred_at, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (tenant_id, event_key, channel, address) do nothing""", d.id(), tenant, d.eventKey(),
                    d.event(), d.recordId(), d.recordReference(), d.ruleId(), d.personId(), d.address(),
                    d.recipientName(), d.audience(), d.channel(), d.language(), d.optional(), d.subject(), d.text(),
                    d.html(), d.link(), d.messageId(), d.status().name(), Timestamp.from(d.createdAt()),
                    Timestamp.from(d.occurredAt()), Timestamp.from(d.createdAt()));
        }
        return inserted;
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code node} until {@code now + lease}: pending, retrying whose
     * time came, and sending whose lease ran out (their node stopped). Rows another dispatcher is claiming are
     * skipped, not waited for.
     */
    List<Claimed> claim(UUID tenant, String node, int limit, Instant now, Duration lease) {
        return jdbc.query("""
                update notification_delivery d
                set status = 'SENDING', claimed_by = ?, claimed_until = ?, attempts = d.attempts + 1
                where d.tenant_id = ? and d.id in (
                    select id from notification_delivery
                    where tenant_id = ? and status in ('PENDING', 'RETRYING', 'SENDING') and next_attempt_at <= ?
                      and (status <> 'SENDING' or claimed_until < ?)
                    order by next_attempt_at
                    limit ?
                    for update skip locked)
                returning""" + " " + CLAIMED, DeliveryStore::claimed, node, Timestamp.from(now.plus(lease)), tenant,
                tenant, Timestamp.from(now), Timestamp.from(now), limit);
    }

    /** @return whether the claim was still ours */
    boolean sent(UUID tenant, UUID id, String node, Instant at, String detail) {
        return jdbc.update("""
                update notification_delivery set status = 'SENT', sent_at = ?, claimed_by = null, claimed_until = null,
                    last_error = ?
                where tenant_id = ? and id = ? and status = 'SENDING' and claimed_by = ?""", Timestamp.from(at),
                detail, tenant, id, node) == 1;
    }

    /** A failed attempt: tried again at {@code next}, or given up when {@code next} is null. */
    boolean failed(UUID tenant, UUID id, String node, String error, Instant next) {
        return jdbc.update("""
                update notification_delivery set status = ?, next_attempt_at = coalesce(?, next_attempt_at),
                    last_error = ?, claimed_by = null, claimed_until = null
                where tenant_id = ? and id = ? and status = 'SENDING' and claimed_by = ?""",
                next == null ? "FAILED" : "RETRYING", next == null ? null : Timestamp.from(next),
                truncate(error), tenant, id, node) == 1;
    }

    /** An administrator's retry of a failed or retrying delivery: due now, its backoff started over. */
    boolean retryNow(UUID tenant, UUID id, Instant now) {
        return jdbc.update("""
                update notification_delivery set status = 'PENDING', next_attempt_at = ?, attempts = 0
                where tenant_id = ? and id = ? and status in ('FAILED', 'RETRYING')""", Timestamp.from(now), tenant,
                id) == 1;
    }

    List<DeliverySummary> page(UUID tenant, DeliveryStatus status, int offset, int limit) {
        return jdbc.query("""
                select id, event, record_reference, recipient_name, address, channel, status, attempts,
                       next_attempt_at, last_error, subject, created_at, sent_at, message_id
                from notification_delivery where tenant_id = ? and (cast(? as text) is null or status = ?)
                order by created_at desc, id offset ? limit ?""", DeliveryStore::summary, tenant,
                status == null ? null : status.name(), status == null ? null : status.name(), offset, limit);
    }

    long count(UUID tenant, DeliveryStatus status) {
        Long n = jdbc.queryForObject("select count(*) from notification_delivery where tenant_id = ? "
                + "and (cast(? as text) is null or status = ?)", Long.class, tenant,
                status == null ? null : status.name(), status == null ? null : status.name());
        return n == null ? 0 : n;
    }

    Optional<DeliverySummary> find(UUID tenant, UUID id) {
        return jdbc.query("""
                select id, event, record_reference, recipient_name, address, channel, status, attempts,
                       next_attempt_at, last_error, subject, created_at, sent_at, message_id
                from notification_delivery where tenant_id = ? and id = ?""", DeliveryStore::summary, tenant, id)
                .stream().findFirst();
    }

    /** The people with deliveries held for their digest. */
    List<UUID> digestRecipients(UUID tenant) {
        return jdbc.queryForList("select distinct person_id from notification_delivery where tenant_id = ? "
                + "and status = 'DIGEST' and person_id is not null", UUID.class, tenant);
    }

    /** A person's held deliveries, locked for the digest that gathers them (another node's digest skips them). */
    List<Claimed> heldFor(UUID tenant, UUID person) {
        return jdbc.query("select " + CLAIMED + " from notification_delivery where tenant_id = ? and person_id = ? "
                + "and status = 'DIGEST' order by occurred_at for update skip locked", DeliveryStore::claimed,
                tenant, person);
    }

    void digested(UUID tenant, List<UUID> ids, UUID digest) {
        for (UUID id : ids) {
            jdbc.update("update notification_delivery set status = 'DIGESTED', digest_id = ? where tenant_id = ? "
                    + "and id = ?", digest, tenant, id);
        }
    }

    private static String truncate(String error) {
        String e = error == null ? "" : error;
        return e.length() > 2000 ? e.substring(0, 2000) : e;
    }

    private static Claimed claimed(ResultSet rs, int n) throws SQLException {
        return new Claimed(rs.getObject("id", UUID.class), rs.getString("event"), rs.getObject("record_id", UUID.class),
                rs.getString("record_reference"), rs.getObject("person_id", UUID.class), rs.getString("address"),
                rs.getString("recipient_name"), rs.getString("audience"), rs.getString("channel"),
                rs.getString("language"), rs.getBoolean("optional"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("body_html"), rs.getString("link"),
                rs.getString("message_id"), rs.getInt("attempts"), rs.getTimestamp("occurred_at").toInstant());
    }

    private static DeliverySummary summary(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new DeliverySummary(rs.getObject("id", UUID.class), rs.getString("event"),
                rs.getString("record_reference"), rs.getString("recipient_name"), rs.getString("address"),
                rs.getString("channel"), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"), rs.getString("subject"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(),
                rs.getString("message_id"));
    }

    static List<UUID> ids(List<Claimed> claimed) {
        List<UUID> ids = new ArrayList<>();
        claimed.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
