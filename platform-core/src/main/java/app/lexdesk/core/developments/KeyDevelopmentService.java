package app.lexdesk.core.developments;

import app.lexdesk.core.developments.internal.KeyDevelopmentEntity;
import app.lexdesk.core.developments.internal.KeyDevelopmentRepository;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.records.RecordRef;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key developments of the current tenant's records. The legal team adds and reads them all; a requester reads only
 * the visible developments of records they requested ({@link #visibleToRequester}), as {@link PortalKeyDevelopment}.
 */
@Service
public class KeyDevelopmentService {

    private final KeyDevelopmentRepository developments;
    private final RecordDirectory records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KeyDevelopmentService(KeyDevelopmentRepository developments, RecordDirectory records,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.developments = developments;
        this.records = records;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Adds a development to a record (staff only) and publishes {@link KeyDevelopmentAdded}.
     *
     * @throws NoSuchElementException when the record is not one of the current tenant's
     */
    @Transactional
    public KeyDevelopmentDetails add(UUID recordId, AddKeyDevelopment command) {
        Administration.requireStaff();
        RecordRef record = records.find(recordId)
                .orElseThrow(() -> new NoSuchElementException("No record " + recordId));
        Optional<TenantMember> member = TenantContext.member();
        UUID author = member.map(TenantMember::personId).orElse(null);
        KeyDevelopmentEntity saved = developments.save(new KeyDevelopmentEntity(record.id(), command.date(),
                command.title(), command.text(), command.visibleToRequester(), author, clock.instant()));
        events.publishEvent(new KeyDevelopmentAdded(TenantContext.require(), record.kind(), record.id(),
                saved.getId(), author, saved.getDate(), saved.getTitle(), saved.isVisibleToPortal(),
                saved.getCreatedAt()));
        // The author's name is read by the entity from the person's row, which a fresh entity has not read yet.
        KeyDevelopmentDetails added = details(saved);
        return new KeyDevelopmentDetails(added.id(), added.recordId(), added.date(), added.title(), added.text(),
                added.visibleToRequester(), author, member.map(TenantMember::displayName).orElse(null),
                added.createdAt());
    }

    /** Every development of a record, latest date first (staff only); empty for another tenant's record. */
    @Transactional(readOnly = true)
    public List<KeyDevelopmentDetails> of(UUID recordId) {
        Administration.requireStaff();
        return developments.findByRecordIdOrderByDateDescCreatedAtDesc(recordId).stream()
                .map(KeyDevelopmentService::details).toList();
    }

    /**
     * The developments of a record that its requester may see: the visible ones, and only when the current member
     * is the record's requester; anything else is an empty list, whatever id is asked for.
     */
    @Transactional(readOnly = true)
    public List<PortalKeyDevelopment> visibleToRequester(UUID recordId) {
        TenantMember member = TenantContext.requireMember();
        if (!records.requesterAccess(recordId, member.personId()).mayRead()) {
            return List.of();
        }
        return developments.findByRecordIdAndVisibleToPortalTrueOrderByDateDescCreatedAtDesc(recordId).stream()
                .map(d -> new PortalKeyDevelopment(d.getId(), d.getDate(), d.getTitle(), d.getBody())).toList();
    }

    private static KeyDevelopmentDetails details(KeyDevelopmentEntity d) {
        return new KeyDevelopmentDetails(d.getId(), d.getRecordId(), d.getDate(), d.getTitle(), d.getBody(),
                d.isVisibleToPortal(), d.getAuthorId(), d.getAuthorName(), d.getCreatedAt());
    }
}
