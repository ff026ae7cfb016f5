package app.lexdesk.ui.backoffice.contracts;

import app.lexdesk.core.contracts.ContractQuery;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.ui.backoffice.ListColumns;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * The contracts list's own columns and filters for their terms: value (with its currency) and end date, a minimum
 * value, and "ends within 90 days".
 */
final class ContractTermsFilter {

    static final int ENDING_DAYS = 90;

    final BigDecimalField minValue = new BigDecimalField();
    final Checkbox ending = new Checkbox();

    ContractTermsFilter(Grid<ContractSummary> grid, ListColumns<ContractSummary> columns, Locale locale,
            Runnable changed) {
        columns.text(grid.getTranslation("contracts.value"), c -> value(c, locale), ContractSummary::value)
                .setSortProperty("value");
        columns.text(grid.getTranslation("contracts.end"), c -> c.endDate() == null ? "—"
                        : c.endDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)),
                ContractSummary::endDate).setSortProperty("endDate");
        minValue.setId("contract-min-value");
        minValue.setAriaLabel(grid.getTranslation("contracts.filter.min-value"));
        minValue.setPlaceholder(grid.getTranslation("contracts.filter.min-value"));
        minValue.addValueChangeListener(e -> changed.run());
        ending.setId("contract-ending");
        ending.setLabel(grid.getTranslation("contracts.filter.ending"));
        ending.addValueChangeListener(e -> changed.run());
    }

    ContractQuery apply(ContractQuery query, LocalDate today) {
        ContractQuery valued = new ContractQuery(query.contractType(), query.filter(), minValue.getValue(), null,
                null);
        return ending.getValue() ? valued.endingWithin(today, ENDING_DAYS) : valued;
    }

    private static String value(ContractSummary c, Locale locale) {
        if (c.value() == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        if (c.currency() != null) {
            format.setCurrency(Currency.getInstance(c.currency()));
        }
        return format.format(c.value());
    }
}
