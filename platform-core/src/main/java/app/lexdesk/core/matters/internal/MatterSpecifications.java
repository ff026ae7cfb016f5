package app.lexdesk.core.matters.internal;

import app.lexdesk.core.matters.MatterQuery;
import app.lexdesk.core.matters.RecordPredicates;
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
            List<Predicate> where = new ArrayList<>(RecordPredicates.of(query.filter(), root, cb, List.of(
                    root.<String>get("reference"), root.<String>get("title"),
                    cb.concat(cb.concat(requester.<String>get("firstName"), " "), requester.<String>get("lastName")),
                    company.<String>get("name"))));
            if (query.board() != null) {
                where.add(cb.equal(root.get("board"), query.board()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
