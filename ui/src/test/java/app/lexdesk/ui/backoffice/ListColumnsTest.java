package app.lexdesk.ui.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.export.TableExport;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lists' columns: sized to their content with the title taking the free width, and exported as shown. */
class ListColumnsTest {

    record Row(String reference, String title, LocalDate created) {
    }

    final Row row = new Row("MAT-1", "Lease dispute", LocalDate.of(2026, 3, 1));
    Grid<Row> grid;
    ListColumns<Row> columns;
    Grid.Column<Row> reference;
    Grid.Column<Row> title;
    Grid.Column<Row> created;

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
        grid = new Grid<>();
        columns = new ListColumns<>(grid);
        reference = columns.component("Reference", r -> new Span(r.reference()), Row::reference);
        title = columns.title("Title", r -> new Span(r.title()), Row::title);
        created = columns.text("Created", r -> "Mar 1, 2026", Row::created);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void data_columns_are_as_wide_as_their_content_and_the_title_alone_takes_the_free_width() {
        for (Grid.Column<Row> data : List.of(reference, created)) {
            assertThat(data.isAutoWidth()).isTrue();
            assertThat(data.getFlexGrow()).isZero();
        }
        assertThat(title.isAutoWidth()).as("auto width would size it to the first rows' titles").isFalse();
        assertThat(title.getFlexGrow()).isEqualTo(1);
        assertThat(title.getWidth()).isEqualTo(ListColumns.TITLE_MIN_WIDTH);
    }

    @Test
    void an_export_has_the_visible_columns_in_the_grids_order_with_their_headers_and_typed_values() {
        created.setVisible(false);
        assertThat(columns.exported()).extracting(TableExport.Column::header).containsExactly("Reference", "Title");
        created.setVisible(true);
        grid.setColumnOrder(created, reference, title);
        List<TableExport.Column<Row>> exported = columns.exported();
        assertThat(exported).extracting(TableExport.Column::header).containsExactly("Created", "Reference", "Title");
        assertThat(exported.stream().<Object>map(c -> c.value().apply(row)).toList())
                .containsExactly(LocalDate.of(2026, 3, 1), "MAT-1", "Lease dispute");
    }
}
