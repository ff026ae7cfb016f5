package app.lexdesk.core.feedback.internal;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code record_feedback} rows of the current tenant. Giving feedback is one upsert, so a requester's double
 * click or two tabs end with one feedback, the last given. Every statement names the tenant; row-level security
 * checks it again.
 */
@Component
public class RecordFeedbacks {

    private final JdbcClient jdbc;

    RecordFeedbacks(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** A record's feedback as stored. */
    public record Row(UUID recordId, RecordKind kind, UUID givenBy, int rating, String comment, Instant firstGivenAt,
            Instant givenAt) {
    }

    /** A rating in the window the home averages. */
    public record Score(UUID recordId, RecordKind kind, int rating) {
    }

    /** Stores the record's feedback, replacing an earlier one; returns when it was first given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant give(UUID recordId, RecordKind kind, UUID by, int rating, String comment, Instant at) {
        return jdbc.sql("""
                insert into record_feedback (tenant_id, record_id, record_kind, given_by, rating, comment,
                                             first_given_at, given_at)
                values (:tenant, :record, :kind, :by, :rating, :comment, :at, :at)
                on conflict (tenant_id, record_id) do update
                set given_by = excluded.given_by, rating = excluded.rating, comment = excluded.comment,
                    given_at = excluded.given_at
                returning first_given_at""")
                .param("tenant", TenantContext.require().id()).param("record", recordId).param("kind", kind.name())
                .param("by", by).param("rating", rating).param("comment", comment).param("at", Timestamp.from(at))
                .query(Timestamp.class).single().toInstant();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Row> find(UUID recordId) {
        return jdbc.sql("select record_id, record_kind, given_by, rating, comment, first_given_at, given_at "
                        + "from record_feedback where tenant_id = :tenant and record_id = :record")
                .param("tenant", TenantContext.require().id()).param("record", recordId)
                .query((rs, n) -> new Row(rs.getObject("record_id", UUID.class),
                        RecordKind.valueOf(rs.getString("record_kind")), rs.getObject("given_by", UUID.class),
                        rs.getInt("rating"), rs.getString("comment"), rs.getTimestamp("first_given_at").toInstant(),
                        rs.getTimestamp("given_at").toInstant()))
                .optional();
    }

    /** The ratings given or changed since {@code since} (an index-only scan of the window). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Score> since(Instant since) {
        return jdbc.sql("select record_id, record_kind, rating from record_feedback where tenant_id = :tenant "
                        + "and given_at >= :since")
                .param("tenant", TenantContext.require().id()).param("since", Timestamp.from(since))
                .query((rs, n) -> new Score(rs.getObject("record_id", UUID.class),
                        RecordKind.valueOf(rs.getString("record_kind")), rs.getInt("rating")))
                .list();
    }
}
