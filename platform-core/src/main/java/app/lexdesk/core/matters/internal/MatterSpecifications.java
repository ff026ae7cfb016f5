package app.lexdesk.core.matters.internal;

import app.lexdesk.core.matters.MatterQuery;
import app.lexdesk.core.matters.RecordFilter;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A board's filter as a JPA specification; names are fetched in the same query (no N+1). */
public final class MatterSpecifications {

    private MatterSpecifications() {
    }

    @SuppressWarnings("unchecked")
    public static Specification<MatterEntity> of(MatterQuery query) {
        return (root, cq, cb) -> {
            From<?, ?> requester;
            From<?, ?> company;
            boolean counting = Long.class.equals(cq.getResultType()) || long.class.equals(cq.getResultType());
            if (counting) {
                requester = root.join("requester", JoinType.LEFT);
                company = root.join("company", JoinType.LEFT);
            } else {
                Fetch<?, ?> r = root.fetch("requester", JoinType.LEFT);
                Fetch<?, ?> c = root.fetch("company", JoinType.LEFT);
                root.fetch("assignee", JoinType.LEFT);
                requester = (From<?, ?>) r;
                company = (From<?, ?>) c;
            }
            List<Predicate> where = new ArrayList<>();
            RecordFilter filter = query.filter();
            if (query.board() != null) {
                where.add(cb.equal(root.get("board"), query.board()));
            }
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
                where.add(cb.or(
                        cb.like(cb.lower(root.get("reference")), like, '\\'),
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(cb.concat(cb.concat(requester.get("firstName"), " "),
                                requester.get("lastName"))), like, '\\'),
                        cb.like(cb.lower(company.get("name")), like, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
