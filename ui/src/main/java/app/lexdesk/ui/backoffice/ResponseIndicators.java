package app.lexdesk.ui.backoffice;

import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.core.responses.ResponseState;
import app.lexdesk.core.responses.ResponseSummary;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A list's "Answer" column: whether each record's first answer is on time, at risk, late or given, as the core
 * judges it today. A list hands each page it fetches to {@link #page} (the grid's pages and an export's), which asks
 * the core about the whole page at once and remembers the answers for the column's cells: one query per page, never
 * one per row. A record whose request promised nothing shows nothing.
 *
 * <p>An export reads pages outside the tab's lock, so what is remembered is a concurrent map; it is dropped when it
 * grows past a few pages' worth, the pages being rendered always asking again first.
 */
public final class ResponseIndicators<T> {

    /** Far more rows than a list shows at once. */
    private static final int REMEMBERED = 5_000;

    private final ExpectedResponseService responses;
    private final Function<T, UUID> id;
    private final Component translations;
    private final Map<UUID, ResponseSummary> known = new ConcurrentHashMap<>();

    /** @param translations the view the column is on, whose language the indicator speaks */
    public ResponseIndicators(ExpectedResponseService responses, Function<T, UUID> id, Component translations) {
        this.responses = responses;
        this.id = id;
        this.translations = translations;
    }

    /** Asks the core about these rows (one call) and returns them, for the column to show. */
    public List<T> page(List<T> rows) {
        if (known.size() > REMEMBERED) {
            known.clear();
        }
        if (!rows.isEmpty()) {
            known.putAll(responses.forRecords(rows.stream().map(id).toList()));
        }
        return rows;
    }

    /** Adds the column to a list; it exports the indicator's words. */
    public Grid.Column<T> addTo(ListColumns<T> columns) {
        return columns.component(translations.getTranslation("list.answer"), this::badge, this::label).setKey("answer");
    }

    /** The indicator of a row of a page asked about: a badge with the expected day on hover; empty without one. */
    public Component badge(T row) {
        ResponseSummary summary = known.get(id.apply(row));
        Span badge = new Span();
        if (summary == null) {
            return badge;
        }
        badge.setText(label(row));
        badge.getElement().getThemeList().add(switch (summary.state()) {
            case ON_TIME -> "badge";
            case AT_RISK -> "badge";
            case LATE -> "badge error";
            case ANSWERED -> summary.answeredLate() ? "badge contrast" : "badge success";
        });
        if (summary.state() == ResponseState.AT_RISK) {
            badge.addClassName("lexdesk-at-risk");
        }
        Locale locale = translations.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
        badge.setTitle(summary.answered()
                ? translations.getTranslation("list.answer.answered-on", Formats.date(summary.firstResponseAt(), locale),
                        Formats.date(summary.expectedBy(), locale))
                : translations.getTranslation("list.answer.expected-by", Formats.date(summary.expectedBy(), locale)));
        return badge;
    }

    /** The indicator's words for a row of a page asked about; empty without one. */
    public String label(T row) {
        ResponseSummary summary = known.get(id.apply(row));
        if (summary == null) {
            return "";
        }
        return translations.getTranslation(switch (summary.state()) {
            case ON_TIME -> "list.answer.on-time";
            case AT_RISK -> "list.answer.at-risk";
            case LATE -> "list.answer.late";
            case ANSWERED -> summary.answeredLate() ? "list.answer.answered-late" : "list.answer.answered";
        });
    }
}
