package app.lexdesk.ui.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Any range a lazy list asks for is read as whole pages of one size, and nothing is read past the last row. */
class PagesTest {

    final List<Integer> rows = IntStream.range(0, 120).boxed().toList();
    final List<String> asked = new ArrayList<>();

    @Test
    void an_aligned_range_is_one_page() {
        assertThat(Pages.slice(50, 50, 50, this::page)).containsExactlyElementsOf(rows.subList(50, 100));
        assertThat(asked).containsExactly("1x50");
    }

    @Test
    void a_range_across_pages_reads_each_page_once_and_keeps_only_the_range() {
        assertThat(Pages.slice(45, 10, 50, this::page)).containsExactlyElementsOf(rows.subList(45, 55));
        assertThat(asked).containsExactly("0x50", "1x50");
    }

    @Test
    void the_last_short_page_ends_the_reading() {
        assertThat(Pages.slice(100, 100, 50, this::page)).containsExactlyElementsOf(rows.subList(100, 120));
        assertThat(asked).containsExactly("2x50");
        assertThat(Pages.slice(0, 0, 50, this::page)).isEmpty();
    }

    private List<Integer> page(int number, int size) {
        asked.add(number + "x" + size);
        return rows.subList(Math.min(rows.size(), number * size), Math.min(rows.size(), (number + 1) * size));
    }
}
