package app.lexdesk.core.calendar.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantCalendarRepository extends JpaRepository<TenantCalendarEntity, UUID> {

    /** The current tenant's calendar: the tenant discriminator and row-level security leave at most one row. */
    Optional<TenantCalendarEntity> findFirstBy();
}
