package app.lexdesk.core.participants;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.participants.internal.ParticipantEntity;
import app.lexdesk.core.participants.internal.ParticipantRepository;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.records.RecordRef;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and companies on the current tenant's records, for the legal team only. */
@Service
public class ParticipantService {

    private final ParticipantRepository participants;
    private final RecordDirectory records;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipantService(ParticipantRepository participants, RecordDirectory records, PeopleService people,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.participants = participants;
        this.records = records;
        this.people = people;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Who is on a record: requester, company, assignee and the others with their roles (staff only).
     *
     * @throws NoSuchElementException when the record is not one of the current tenant's
     */
    @Transactional(readOnly = true)
    public RecordPeople of(UUID recordId) {
        Administration.requireStaff();
        RecordRef record = record(recordId);
        return new RecordPeople(person(record.requesterId()), company(record.companyId()),
                person(record.assigneeId()), participants.findByRecordIdOrderByAddedAt(recordId).stream()
                .map(this::participant).toList());
    }

    /**
     * Gives a person or company a role on a record (staff only) and publishes {@link ParticipantAdded}.
     *
     * @throws NoSuchElementException    when the record is not one of the current tenant's
     * @throws InvalidParameterException when the person or company is not the tenant's, or already has the role
     */
    @Transactional
    public Participant add(UUID recordId, AddParticipant command) {
        Administration.requireStaff();
        RecordRef record = record(recordId);
        UUID personId = null;
        UUID companyId = null;
        if (command.companyId() != null) {
            companyId = people.findCompany(command.companyId()).map(CompanySummary::id).orElseThrow(() ->
                    new InvalidParameterException("companyId", "unknown-company", "No company " + command.companyId()
                            + "."));
        } else if (command.personId() != null) {
            personId = people.findPerson(command.personId()).map(PersonDetails::id).orElseThrow(() ->
                    new InvalidParameterException("personId", "unknown-person", "No person " + command.personId()
                            + "."));
        } else {
            personId = people.createContact(command.contact()).id();
        }
        boolean taken = personId != null
                ? participants.existsByRecordIdAndRoleAndPersonId(recordId, command.role(), personId)
                : participants.existsByRecordIdAndRoleAndCompanyId(recordId, command.role(), companyId);
        if (taken) {
            throw new InvalidParameterException("role", "already-on-record", "They already have this role on "
                    + record.reference() + ".");
        }
        UUID actor = actor();
        ParticipantEntity saved;
        try {
            saved = participants.saveAndFlush(new ParticipantEntity(recordId, personId, companyId, command.role(),
                    actor, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // Someone gave them the same role at the same moment.
            throw new InvalidParameterException("role", "already-on-record", "They already have this role on "
                    + record.reference() + ".");
        }
        Participant added = participant(saved);
        events.publishEvent(new ParticipantAdded(TenantContext.require(), record.kind(), recordId, saved.getId(),
                actor, added.name(), added.role(), saved.getAddedAt()));
        return added;
    }

    /**
     * Takes a role on a record away (staff only) and publishes {@link ParticipantRemoved}.
     *
     * @throws NoSuchElementException when the record is not the tenant's or has no such participant
     */
    @Transactional
    public void remove(UUID recordId, UUID participantId) {
        Administration.requireStaff();
        RecordRef record = record(recordId);
        ParticipantEntity found = participants.findByIdAndRecordId(participantId, recordId).orElseThrow(() ->
                new NoSuchElementException("No participant " + participantId + " on " + record.reference()));
        Participant removed = participant(found);
        participants.delete(found);
        events.publishEvent(new ParticipantRemoved(TenantContext.require(), record.kind(), recordId, found.getId(),
                actor(), removed.name(), removed.role(), clock.instant()));
    }

    /** The records a person appears on — as requester, assignee or in a role — newest first (staff only). */
    @Transactional(readOnly = true)
    public List<Involvement> recordsOfPerson(UUID personId) {
        Administration.requireStaff();
        List<Involvement> found = new ArrayList<>();
        for (RecordRef r : records.withPerson(personId)) {
            if (personId.equals(r.requesterId())) {
                found.add(new Involvement(r, "REQUESTER"));
            }
            if (personId.equals(r.assigneeId())) {
                found.add(new Involvement(r, "ASSIGNEE"));
            }
        }
        found.addAll(inRoles(participants.findByPersonId(personId)));
        return newestFirst(found);
    }

    /** The records a company appears on — as the requester's company or in a role — newest first (staff only). */
    @Transactional(readOnly = true)
    public List<Involvement> recordsOfCompany(UUID companyId) {
        Administration.requireStaff();
        List<Involvement> found = new ArrayList<>(records.withCompany(companyId).stream()
                .map(r -> new Involvement(r, "COMPANY")).toList());
        found.addAll(inRoles(participants.findByCompanyId(companyId)));
        return newestFirst(found);
    }

    private List<Involvement> inRoles(List<ParticipantEntity> roles) {
        Map<UUID, RecordRef> byId = records.find(roles.stream().map(ParticipantEntity::getRecordId).distinct()
                .toList()).stream().collect(Collectors.toMap(RecordRef::id, Function.identity()));
        return roles.stream().filter(p -> byId.containsKey(p.getRecordId()))
                .map(p -> new Involvement(byId.get(p.getRecordId()), p.getRole().name())).toList();
    }

    private static List<Involvement> newestFirst(List<Involvement> found) {
        return found.stream().sorted(Comparator.comparing((Involvement i) -> i.record().createdAt()).reversed()
                .thenComparing(i -> i.record().reference())).toList();
    }

    private Participant participant(ParticipantEntity p) {
        if (p.getPersonId() != null) {
            PersonDetails person = people.findPerson(p.getPersonId()).orElseThrow();
            return new Participant(p.getId(), p.getRole(), person.id(), null, person.displayName(), person.email(),
                    person.phone(), person.companyName(), p.getAddedAt());
        }
        CompanySummary company = people.findCompany(p.getCompanyId()).orElseThrow();
        return new Participant(p.getId(), p.getRole(), null, company.id(), company.name(), null, null,
                company.name(), p.getAddedAt());
    }

    private RecordRef record(UUID recordId) {
        return records.find(recordId).orElseThrow(() -> new NoSuchElementException("No record " + recordId));
    }

    private PersonDetails person(UUID id) {
        return id == null ? null : people.findPerson(id).orElse(null);
    }

    private CompanySummary company(UUID id) {
        return id == null ? null : people.findCompany(id).orElse(null);
    }

    private static UUID actor() {
        return TenantContext.member().map(TenantMember::personId).orElse(null);
    }
}
