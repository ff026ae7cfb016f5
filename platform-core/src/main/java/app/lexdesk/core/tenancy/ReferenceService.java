package app.lexdesk.core.tenancy;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human references per tenant and year ({@code REQ-2026-000042}). Each number is taken in its own short
 * transaction: concurrent submissions never wait on each other's work, and a submission that fails later
 * leaves a gap instead of a reused number.
 */
@Service
public class ReferenceService {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ReferenceService(JdbcTemplate jdbc, PlatformTransactionManager transactions, java.util.Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The next reference with {@code prefix} (e.g. {@code REQ}) in the current tenant. */
    public String next(String prefix) {
        CurrentTenant tenant = TenantContext.require();
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        Long value = ownTransaction.execute(s -> jdbc.queryForObject("""
                insert into reference_counter (tenant_id, name, year, last_value) values (?, ?, ?, 1)
                on conflict (tenant_id, name, year) do update set last_value = reference_counter.last_value + 1
                returning last_value""", Long.class, tenant.id(), prefix, year));
        return String.format("%s-%d-%06d", prefix, year, value);
    }
}
