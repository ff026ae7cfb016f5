package app.lexdesk.core.matters;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a {@link RecordFilter} every record list applies the same way, for entities with {@code origin},
 * {@code status} and {@code assigneeId} attributes (matters, contracts): each list adds its own criteria.
 */
public final class RecordPredicates {

    private RecordPredicates() {
    }

    /**
     * @param searched the texts the filter's words are looked for in (any of them matching is enough)
     */
    public static List<Predicate> of(RecordFilter filter, From<?, ?> root, CriteriaBuilder cb,
            List<Expression<String>> searched) {
        List<Predicate> where = new ArrayList<>();
        if (filter.origin() != null) {
            where.add(cb.equal(root.get("origin"), filter.origin().name()));
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
            where.add(cb.or(searched.stream().map(text -> cb.like(cb.lower(text), like, '\\'))
                    .toArray(Predicate[]::new)));
        }
        return where;
    }
}
