package app.lexdesk.core.feedback;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.feedback.internal.RecordFeedbacks;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RequestedRecord;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requesters' feedback on the answer to their requests. Only a record's requester rates it, only while it is closed
 * (its status in the CLOSED category), once per record: rating again replaces their earlier rating and comment (a
 * misclick can be undone; the averages count one rating per record). Anyone else, in this tenant or another, finds
 * no record. The legal team reads a record's feedback and the averages per board.
 */
@Service
public class FeedbackService {

    /** How far back the home's averages look. */
    public static final Duration WINDOW = Duration.ofDays(90);

    private final RecordFeedbacks feedbacks;
    private final RecordDirectory records;
    private final MatterService matters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackService(RecordFeedbacks feedbacks, RecordDirectory records, MatterService matters,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.feedbacks = feedbacks;
        this.records = records;
        this.matters = matters;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** {@link #rate(UUID, RateAnswer)} with the command built from its parts. */
    @Transactional
    public PortalFeedback rate(UUID recordId, Integer rating, String comment) {
        return rate(recordId, new RateAnswer(rating, comment));
    }

    /**
     * Rates the answer to the current member's own record and publishes {@link FeedbackGiven}.
     *
     * @throws NoSuchElementException    when the current member is not the record's requester, or it is not one of
     *                                   the tenant's records
     * @throws InvalidParameterException on {@code status} ({@code not-closed}) while the record is not closed;
     *                                   nothing is stored
     */
    @Transactional
    public PortalFeedback rate(UUID recordId, RateAnswer command) {
        TenantMember member = TenantContext.requireMember();
        RequestedRecord record = records.findRequestedBy(recordId, member.personId())
                .orElseThrow(() -> new NoSuchElementException("No record " + recordId));
        if (record.status().category() != StatusCategory.CLOSED) {
            throw new InvalidParameterException("status", "not-closed",
                    "Feedback is given once the request's record is closed.");
        }
        // As the database keeps it (microseconds), so that the first feedback's time reads back equal.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant first = feedbacks.give(record.id(), record.kind(), member.personId(), command.rating(),
                command.comment(), now);
        events.publishEvent(new FeedbackGiven(TenantContext.require(), record.kind(), record.id(), record.reference(),
                member.personId(), command.rating(), first.equals(now), now));
        return new PortalFeedback(command.rating(), command.comment(), now);
    }

    /** Whether the current member may rate this record now: it is their own, and closed. */
    @Transactional(readOnly = true)
    public boolean mayRate(UUID recordId) {
        return records.findRequestedBy(recordId, TenantContext.requireMember().personId())
                .filter(r -> r.status().category() == StatusCategory.CLOSED).isPresent();
    }

    /** The current member's own feedback on their record; empty for anyone else's record. */
    @Transactional(readOnly = true)
    public Optional<PortalFeedback> forRequester(UUID recordId) {
        TenantMember member = TenantContext.requireMember();
        if (records.findRequestedBy(recordId, member.personId()).isEmpty()) {
            return Optional.empty();
        }
        return feedbacks.find(recordId).map(f -> new PortalFeedback(f.rating(), f.comment(), f.givenAt()));
    }

    /** A record's feedback (staff only); empty when none was given, and for another tenant's record. */
    @Transactional(readOnly = true)
    public Optional<FeedbackDetails> of(UUID recordId) {
        Administration.requireStaff();
        return feedbacks.find(recordId).map(f -> new FeedbackDetails(f.recordId(), f.rating(), f.comment(),
                f.givenBy(), f.firstGivenAt(), f.givenAt()));
    }

    /**
     * The ratings given or changed in the last {@link #WINDOW} (staff only): per board, for matters on no board, for
     * contracts and for all. Two queries: the window's ratings, and the boards of the rated matters.
     */
    @Transactional(readOnly = true)
    public FeedbackAverages averages() {
        Administration.requireStaff();
        Instant since = clock.instant().minus(WINDOW);
        List<RecordFeedbacks.Score> scores = feedbacks.since(since);
        Predicate<RecordFeedbacks.Score> matter = s -> s.kind() == RecordKind.MATTER;
        Map<UUID, String> boards = matters.boardsOf(scores.stream().filter(matter)
                .map(RecordFeedbacks.Score::recordId).toList());
        Map<String, List<RecordFeedbacks.Score>> byBoard = scores.stream()
                .filter(s -> matter.test(s) && boards.containsKey(s.recordId()))
                .collect(Collectors.groupingBy(s -> boards.get(s.recordId())));
        Map<String, RatingAverage> perBoard = new HashMap<>();
        byBoard.forEach((board, rated) -> perBoard.put(board, average(rated)));
        return new FeedbackAverages(since, perBoard,
                average(scores.stream().filter(s -> matter.test(s) && !boards.containsKey(s.recordId())).toList()),
                average(scores.stream().filter(s -> s.kind() == RecordKind.CONTRACT).toList()), average(scores));
    }

    private static RatingAverage average(List<RecordFeedbacks.Score> scores) {
        return scores.isEmpty() ? RatingAverage.NONE : new RatingAverage(scores.size(),
                scores.stream().mapToInt(RecordFeedbacks.Score::rating).average().orElse(0));
    }
}
