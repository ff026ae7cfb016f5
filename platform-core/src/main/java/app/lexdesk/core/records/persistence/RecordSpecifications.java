package app.lexdesk.core.records.persistence;

import app.lexdesk.core.records.RecordFilter;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.jpa.domain.Specification;

/**
 * The one list query of records: a {@link RecordFilter} as a specification on any {@link RecordEntity}, on one
 * table, so each filter is served by an index led by {@code tenant_id}. A kind adds its own criteria with
 * {@link Specification#and}.
 */
public final class RecordSpecifications {

    /** What the filter's words are looked for in on every record (any of them matching is enough). */
    private static final List<String> SEARCHED = List.of("reference", "title", "requesterName", "companyName");

    private RecordSpecifications() {
    }

    /**
     * @param alsoSearched attributes of the kind the words are looked for in as well (a contract's parties)
     */
    public static <T extends RecordEntity> Specification<T> matching(RecordFilter filter, String... alsoSearched) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.origin() != null) {
                where.add(cb.equal(root.get("origin"), filter.origin()));
            }
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.assignee().unassigned()) {
                where.add(cb.isNull(root.get("assigneeId")));
            } else if (filter.assignee().personId() != null) {
                where.add(cb.equal(root.get("assigneeId"), filter.assignee().personId()));
            }
            String like = filter.likePattern();
            if (like != null) {
                where.add(cb.or(Stream.concat(SEARCHED.stream(), Stream.of(alsoSearched))
                        .map(attribute -> cb.like(cb.lower(root.get(attribute)), like, '\\'))
                        .toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
