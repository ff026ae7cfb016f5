package app.lexdesk.ui.portal.home;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns the rows a lazy list asks for (any offset and limit) into the fixed-size pages the core serves, so every
 * call reads whole pages of one size: pages that tie on the order then neither skip nor repeat rows.
 */
final class Pages {

    private Pages() {
    }

    /**
     * @param page reads page {@code number} of {@code size} rows
     * @return the rows from {@code offset}, at most {@code limit}, fewer at the end
     */
    static <T> List<T> slice(int offset, int limit, int size, BiFunction<Integer, Integer, List<T>> page) {
        List<T> rows = new ArrayList<>();
        if (limit <= 0) {
            return rows;
        }
        int first = offset / size;
        int last = (offset + limit - 1) / size;
        for (int number = first; number <= last; number++) {
            List<T> read = page.apply(number, size);
            int from = number == first ? offset - number * size : 0;
            for (int i = from; i < read.size() && rows.size() < limit; i++) {
                rows.add(read.get(i));
            }
            if (read.size() < size) {
                break;
            }
        }
        return rows;
    }
}
