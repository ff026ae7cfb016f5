package app.lexdesk.core.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Sort;

/** Page, size and sort as the API's lists take them ({@code ?page=0&size=50&sort=createdAt,desc}), checked. */
public record Paging(int page, int size, Sort sort) {

    /** A page of a list, with the total count under the same filter. */
    public record Page<T>(List<T> items, long total, int page, int size) {
    }

    public int offset() {
        return page * size;
    }

    public static Paging of(int page, int size, String sort, Set<String> sortable) {
        if (size < 1 || size > 200) {
            throw new InvalidParameterException("size", "invalid-size", "size is between 1 and 200.");
        }
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw new InvalidParameterException("page", "invalid-page", "page starts at 0 and stays within the list.");
        }
        String[] parts = sort.split(",", -1);
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (!sortable.contains(parts[0].strip()) || parts.length > 2 || !Set.of("asc", "desc").contains(direction)) {
            throw new InvalidParameterException("sort", "invalid-sort", "sort is one of " + sortable
                    + ", optionally followed by ,asc or ,desc.");
        }
        return new Paging(page, size, Sort.by(Sort.Direction.fromString(direction), parts[0].strip()));
    }
}
