package app.lexdesk.core.matters;

import app.lexdesk.core.matters.internal.BoardEntity;
import app.lexdesk.core.matters.internal.BoardRepository;
import app.lexdesk.core.matters.internal.MatterEntity;
import app.lexdesk.core.matters.internal.MatterRepository;
import app.lexdesk.core.records.PersonName;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordMoved;
import app.lexdesk.core.records.RecordOpened;
import app.lexdesk.core.records.RecordService;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.records.StatusCount;
import app.lexdesk.core.records.WorkItem;
import app.lexdesk.core.records.persistence.RecordSpecifications;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.ReferenceService;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Matters of the current tenant: opening, listing by board, moving between boards. */
@Service
public class MatterService {

    /** Ids bound in one query by {@link #boardsOf}: far below what the driver takes, and a plan the database caches. */
    private static final int BOARDS_PER_QUERY = 1_000;

    private final MatterRepository matters;
    private final BoardRepository boards;
    private final ReferenceService references;
    private final RecordService records;
    private final RecordWorkService work;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TenantCache<TenantCache.Whole, List<Board>> boardCache;
    private final TransactionTemplate readOnly;

    MatterService(MatterRepository matters, BoardRepository boards, ReferenceService references,
            RecordService records, RecordWorkService work, ApplicationEventPublisher events, TenantCaches caches,
            PlatformTransactionManager transactions,
            Optional<Clock> clock) {
        this.boardCache = caches.create(10_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.matters = matters;
        this.boards = boards;
        this.references = references;
        this.records = records;
        this.work = work;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The tenant's boards in their order (from memory when recently read). */
    public List<Board> boards() {
        return boardCache.get(k -> readOnly.execute(s -> boards.findAll(Sort.by("position", "code")).stream()
                .map(b -> new Board(b.getCode(), b.getNameEn(), b.getNameFr())).toList()));
    }

    public Set<String> boardCodes() {
        return boards().stream().map(Board::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Creates the tenant's boards that do not exist yet. */
    @Transactional
    public void ensureBoards(List<Board> wanted) {
        Set<String> existing = boardCodes();
        int position = existing.size();
        for (Board board : wanted) {
            if (!existing.contains(board.code())) {
                boards.save(new BoardEntity(board.code(), board.nameEn(), board.nameFr(), position++));
            }
        }
        boardCache.evict();
    }

    /** Opens a matter and publishes {@link RecordOpened}; joins the caller's transaction (a request and its matter commit together). */
    @Transactional
    public MatterDetails open(OpenMatter command) {
        if (command.board() != null && !boardCodes().contains(command.board())) {
            throw new IllegalArgumentException("Unknown board " + command.board());
        }
        MatterEntity matter = matters.save(new MatterEntity(records.register(RecordKind.MATTER),
                references.next("MAT"), command.title(), command.description(), command.board(),
                work.initialStatus(RecordKind.MATTER), command.origin(),
                command.requesterId(), command.companyId(), command.requestId(), clock.instant()));
        events.publishEvent(new RecordOpened(TenantContext.require(), RecordKind.MATTER, matter.getId(),
                matter.getReference(), actor(), command.board(), command.classificationReason(),
                matter.getCreatedAt(), command.requestId()));
        return details(matter);
    }

    /** The statuses the tenant's matters are in, for the lists' status filter. */
    @Transactional(readOnly = true)
    public List<String> statuses() {
        Administration.requireStaff();
        return matters.findStatuses().stream().sorted().toList();
    }

    /** The people matters are assigned to, by name, for the lists' assignee filter. */
    @Transactional(readOnly = true)
    public List<PersonName> assignees() {
        Administration.requireStaff();
        return matters.findAssignees().stream().sorted(Comparator.comparing(PersonName::name)).toList();
    }

    /** One page of the list; its size is {@link #count}'s to tell (a slice: no count query here). */
    @Transactional(readOnly = true)
    public List<MatterSummary> find(MatterQuery query, int offset, int limit, Sort sort) {
        Administration.requireStaff();
        int size = Math.max(1, limit);
        return matters.findBy(spec(query), q -> q.slice(PageRequest.of(offset / size, size,
                        sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "createdAt") : sort)))
                .stream().map(MatterService::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(MatterQuery query) {
        Administration.requireStaff();
        return matters.count(spec(query));
    }

    /**
     * The first {@code limit} matters {@code filter} shows, in {@code sort} order, as the back office's home lists them
     * (my work, the triage queue).
     */
    @Transactional(readOnly = true)
    public List<WorkItem> workItems(RecordFilter filter, Sort sort, int limit) {
        Administration.requireStaff();
        return matters.findAll(RecordSpecifications.matching(filter), PageRequest.of(0, Math.max(1, limit), sort))
                .stream().map(m -> new WorkItem(m.getId(), RecordKind.MATTER, m.getReference(), m.getTitle(),
                        m.getStatus(), m.getOrigin(), m.getDueDate(), m.getCreatedAt(), m.getUpdatedAt())).toList();
    }

    /** How many matters each board (null: none) has in each status, in one grouped query; no row for zero. */
    @Transactional(readOnly = true)
    public List<StatusCount> countsByBoardAndStatus() {
        Administration.requireStaff();
        return matters.countByBoardAndStatus().stream()
                .map(row -> new StatusCount((String) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    /**
     * The board of each of these matters (staff only), by id, a few queries for any number of them; a matter on no
     * board, and an id that is no matter of the tenant, have no entry.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> boardsOf(Collection<UUID> matterIds) {
        Administration.requireStaff();
        List<UUID> ids = List.copyOf(Set.copyOf(matterIds));
        Map<UUID, String> boards = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BOARDS_PER_QUERY) {
            matters.findBoards(ids.subList(from, Math.min(ids.size(), from + BOARDS_PER_QUERY))).stream()
                    .filter(row -> row[1] != null).forEach(row -> boards.put((UUID) row[0], (String) row[1]));
        }
        return boards;
    }

    @Transactional(readOnly = true)
    public Optional<MatterDetails> findByReference(String reference) {
        Administration.requireStaff();
        return matters.findByReference(reference).map(this::details);
    }

    /** Moves a matter to another board (staff only) and publishes {@link RecordMoved} with before and after. */
    @Transactional
    public MatterDetails moveToBoard(String reference, String board) {
        if (!TenantContext.requireMember().isStaff()) {
            throw new AccessDeniedException("Only the legal team moves matters");
        }
        if (!boardCodes().contains(board)) {
            throw new IllegalArgumentException("Unknown board " + board);
        }
        MatterEntity matter = matters.findByReference(reference).orElseThrow();
        String before = matter.getBoard();
        if (!board.equals(before)) {
            matter.moveTo(board, clock.instant());
            events.publishEvent(new RecordMoved(TenantContext.require(), RecordKind.MATTER, matter.getId(), actor(),
                    before, board, matter.getUpdatedAt()));
        }
        return details(matter);
    }

    private static UUID actor() {
        return TenantContext.member().map(TenantMember::personId).orElse(null);
    }

    private static Specification<MatterEntity> spec(MatterQuery query) {
        Specification<MatterEntity> spec = RecordSpecifications.matching(query.filter());
        return query.board() == null ? spec
                : spec.and((root, cq, cb) -> cb.equal(root.get("board"), query.board()));
    }

    private static MatterSummary summary(MatterEntity m) {
        return new MatterSummary(m.getId(), m.getReference(), m.getTitle(), m.getBoard(), m.getStatus(),
                m.getOrigin(), m.getRequesterName(), m.getCompanyName(), m.getAssigneeName(), m.getCreatedAt());
    }

    private MatterDetails details(MatterEntity m) {
        RecordHeader h = work.header(RecordKind.MATTER, m);
        return new MatterDetails(m.getId(), m.getReference(), m.getTitle(), m.getDescription(), m.getBoard(),
                m.getStatus(), m.getOrigin(), m.getRequesterId(), m.getRequesterName(), m.getCompanyId(),
                m.getCompanyName(), m.getAssigneeName(), m.getRequestId(), m.getCreatedAt(), h.status(),
                h.transitions(), m.getPriority(), m.getDueDate(), m.getAssigneeId(), m.getUpdatedAt(),
                m.getUpdatedByName(), m.getVersion());
    }
}
