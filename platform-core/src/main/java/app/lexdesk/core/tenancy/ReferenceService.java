package app.lexdesk.core.tenancy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human references per tenant and year ({@code REQ-2026-000042}), taken in the transaction that writes the
 * record: a number is used exactly when the record commits, and a rolled-back submission gives its number
 * back instead of leaving a hole. The tenant's counter row stays locked until that commit, so concurrent
 * submissions of one tenant take their numbers in turn; callers keep that transaction short (nothing slow
 * after the first number) and always take counters in the same order — {@code REQ} before {@code MAT} or
 * {@code CON} — so two writers never wait on each other in a circle.
 */
@Service
public class ReferenceService {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReferenceService(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The next reference with {@code prefix} (e.g. {@code REQ}) in the current tenant. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix) {
        CurrentTenant tenant = TenantContext.require();
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        Long value = jdbc.queryForObject("""
                insert into reference_counter (tenant_id, name, year, last_value) values (?, ?, ?, 1)
                on conflict (tenant_id, name, year) do update set last_value = reference_counter.last_value + 1
                returning last_value""", Long.class, tenant.id(), prefix, year);
        return String.format("%s-%d-%06d", prefix, year, value);
    }
}
