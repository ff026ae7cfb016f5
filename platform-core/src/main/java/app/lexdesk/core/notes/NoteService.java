package app.lexdesk.core.notes;

import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.core.fairuse.RateLimits;
import app.lexdesk.core.notes.internal.NoteEntity;
import app.lexdesk.core.notes.internal.NoteRepository;
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
 * Notes of the current tenant's records. The legal team writes and reads them all; a requester reads only the
 * shared notes of records they requested ({@link #sharedWithRequester}), as {@link PortalNote}.
 */
@Service
public class NoteService {

    private final NoteRepository notes;
    private final RecordDirectory records;
    private final RateLimits rateLimits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoteService(NoteRepository notes, RecordDirectory records, RateLimits rateLimits, ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.notes = notes;
        this.records = records;
        this.rateLimits = rateLimits;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Writes a note on a record as the current member (staff only) and publishes {@link NoteAdded}.
     *
     * @throws NoSuchElementException when the record is not one of the current tenant's
     * @throws RateLimitedException   when the member or the tenant wrote too many notes lately; nothing is stored
     */
    @Transactional
    public NoteDetails add(UUID recordId, AddNote command) {
        Administration.requireStaff();
        RecordRef record = records.find(recordId)
                .orElseThrow(() -> new NoSuchElementException("No record " + recordId));
        TenantMember author = TenantContext.requireMember();
        rateLimits.acquire(RateLimits.Action.NOTE);
        NoteEntity saved = notes.save(new NoteEntity(record.id(), command.text(), command.visibility(),
                author.personId(), clock.instant()));
        events.publishEvent(new NoteAdded(TenantContext.require(), record.kind(), record.id(), saved.getId(),
                author.personId(), saved.getVisibility(), saved.getCreatedAt()));
        // The author's name is read by the entity from the person's row, which a fresh entity has not read yet.
        return new NoteDetails(saved.getId(), saved.getRecordId(), saved.getBody(), saved.getVisibility(),
                author.personId(), author.displayName(), saved.getCreatedAt());
    }

    /** Every note of a record, newest first (staff only); empty for another tenant's record. */
    @Transactional(readOnly = true)
    public List<NoteDetails> of(UUID recordId) {
        Administration.requireStaff();
        return notes.findByRecordIdOrderByCreatedAtDesc(recordId).stream()
                .map(n -> new NoteDetails(n.getId(), n.getRecordId(), n.getBody(), n.getVisibility(), n.getAuthorId(),
                        n.getAuthorName(), n.getCreatedAt(), n.isFromRequester())).toList();
    }

    /**
     * The notes of a record that its requester may read: the shared ones, and only when the current member is the
     * record's requester; anything else is an empty list, whatever id is asked for.
     */
    @Transactional(readOnly = true)
    public List<PortalNote> sharedWithRequester(UUID recordId) {
        TenantMember member = TenantContext.requireMember();
        if (!records.requesterAccess(recordId, member.personId()).mayRead()) {
            return List.of();
        }
        return notes.findByRecordIdAndVisibilityOrderByCreatedAtDesc(recordId, NoteVisibility.SHARED).stream()
                .map(n -> new PortalNote(n.getId(), n.getBody(), n.getAuthorName(), n.getCreatedAt(),
                        n.isFromRequester())).toList();
    }

    /**
     * A reply from the portal: a shared note by the current member, who must be able to act on the record as its
     * requester (the requester, or a colleague they named on it); publishes {@link RequesterReplied} with the files
     * sent with it (already placed by the caller, in the same transaction).
     *
     * @throws NoSuchElementException when the member may not act on the record as its requester
     * @throws RateLimitedException   when the member or the tenant wrote too many notes lately; nothing is stored
     */
    @Transactional
    public PortalNote replyAsRequester(UUID recordId, AddNote text, List<UUID> attachmentIds) {
        TenantMember member = TenantContext.requireMember();
        if (!records.requesterAccess(recordId, member.personId()).mayAct()) {
            throw new NoSuchElementException("No record " + recordId);
        }
        RecordRef record = records.findForRequester(recordId).orElseThrow();
        rateLimits.acquire(RateLimits.Action.NOTE);
        NoteEntity saved = notes.save(NoteEntity.fromRequester(recordId, text.text(), member.personId(),
                clock.instant()));
        events.publishEvent(new RequesterReplied(TenantContext.require(), record.kind(), recordId, saved.getId(),
                member.personId(), attachmentIds, saved.getCreatedAt()));
        return new PortalNote(saved.getId(), saved.getBody(), member.displayName(), saved.getCreatedAt(), true);
    }
}
