package app.lexdesk.ui.backoffice.contracts;

import app.lexdesk.core.contracts.ContractDetails;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractTerms;
import app.lexdesk.core.contracts.ContractType;
import app.lexdesk.core.contracts.EditContractTerms;
import app.lexdesk.core.contracts.Party;
import app.lexdesk.core.contracts.PartyRole;
import app.lexdesk.core.records.Change;
import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.InvalidRecordChangeException;
import app.lexdesk.ui.backoffice.records.RecordHeaderBar;
import app.lexdesk.ui.common.ComponentTexts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A contract's Terms tab: its type, parties with their roles, value and currency (ISO 4217), start, end, renewal and
 * notice dates. Saved as one change of the version the page read; the core's refusals land on the field they name.
 */
class ContractTermsPanel extends VerticalLayout {

    private final ContractService contracts;
    private final RecordHeaderBar header;
    private final Select<String> type = new Select<>();
    private final VerticalLayout parties = new VerticalLayout();
    private final List<PartyRow> rows = new ArrayList<>();
    private final BigDecimalField value = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final DatePicker renewal = new DatePicker();
    private final DatePicker notice = new DatePicker();
    private final Span partiesError = new Span();

    ContractTermsPanel(ContractService contracts, List<ContractType> types, RecordHeaderBar header,
            ContractTerms terms) {
        this.contracts = contracts;
        this.header = header;
        setId("contract-terms");
        setPadding(false);
        type.setId("terms-type");
        type.setLabel(getTranslation("contracts.type"));
        type.setItems(types.stream().map(ContractType::code).toList());
        type.setItemLabelGenerator(code -> types.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.name(getLocale())).orElse(code == null ? "" : code));
        type.setEmptySelectionAllowed(true);
        value.setId("terms-value");
        value.setLabel(getTranslation("contracts.value"));
        currency.setId("terms-currency");
        currency.setLabel(getTranslation("contracts.currency"));
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setAllowCustomValue(false);
        start.setId("terms-start");
        start.setLabel(getTranslation("contracts.start"));
        end.setId("terms-end");
        end.setLabel(getTranslation("contracts.end"));
        renewal.setId("terms-renewal");
        renewal.setLabel(getTranslation("contracts.renewal"));
        notice.setId("terms-notice");
        notice.setLabel(getTranslation("contracts.notice"));
        for (DatePicker date : List.of(start, end, renewal, notice)) {
            date.setClearButtonVisible(true);
            date.setLocale(getLocale());
            ComponentTexts.apply(date);
        }
        parties.setId("terms-parties");
        parties.setPadding(false);
        partiesError.setId("terms-parties-error");
        partiesError.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        partiesError.setVisible(false);
        Button addParty = new Button(getTranslation("contracts.party.add"), e -> addRow(null));
        addParty.setId("terms-add-party");
        addParty.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button save = new Button(getTranslation("contracts.terms.save"), e -> save());
        save.setId("terms-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(type, value, currency, start, end, renewal, notice);
        add(form, new H3(getTranslation("contracts.parties")), parties, partiesError, addParty, save);
        show(terms);
    }

    private void show(ContractTerms terms) {
        type.setValue(terms.contractType());
        value.setValue(terms.value());
        currency.setValue(terms.currency());
        start.setValue(terms.startDate());
        end.setValue(terms.endDate());
        renewal.setValue(terms.renewalDate());
        notice.setValue(terms.noticeDate());
        parties.removeAll();
        rows.clear();
        terms.parties().forEach(this::addRow);
    }

    private void addRow(Party party) {
        PartyRow row = new PartyRow(party);
        rows.add(row);
        parties.add(row);
    }

    private void save() {
        for (HasValidation field : new HasValidation[] {value, currency, start, end, renewal, notice, type}) {
            field.setInvalid(false);
        }
        partiesError.setVisible(false);
        try {
            List<Party> list = rows.stream().map(PartyRow::party).toList();
            EditContractTerms terms = new EditContractTerms(Change.to(type.getValue()), Change.to(list),
                    Change.to(value.getValue()), Change.to(currency.getValue()), Change.to(start.getValue()),
                    Change.to(end.getValue()), Change.to(renewal.getValue()), Change.to(notice.getValue()));
            ContractDetails[] saved = new ContractDetails[1];
            header.attempt(() -> {
                saved[0] = contracts.edit(header.header().reference(), header.header().version(), EditRecord.none(),
                        terms);
                return saved[0].record();
            });
            if (saved[0] != null) {
                show(saved[0].terms());
                Notification.show(getTranslation("record.saved"));
            }
        } catch (InvalidRecordChangeException e) {
            mark(e);
        }
    }

    private void mark(InvalidRecordChangeException e) {
        Map<String, HasValidation> fields = Map.of("contractType", type, "value", value, "currency", currency,
                "startDate", start, "endDate", end, "renewalDate", renewal, "noticeDate", notice);
        String message = switch (e.code()) {
            case "invalid-currency" -> getTranslation("contracts.error.currency");
            case "invalid-money" -> getTranslation("contracts.error.value");
            case "before-start" -> getTranslation("contracts.error.end-before-start");
            case "required" -> getTranslation("contracts.error.currency-required");
            case "invalid-party", "too-many" -> getTranslation("contracts.error.party");
            default -> getTranslation("record.invalid");
        };
        HasValidation field = fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            partiesError.setText(message);
            partiesError.setVisible(true);
        }
    }

    /** One party: its name and role, removable. */
    private final class PartyRow extends HorizontalLayout {

        private final TextField name = new TextField();
        private final Select<PartyRole> role = new Select<>();

        PartyRow(Party party) {
            int index = rows.size();
            name.setId("party-name-" + index);
            name.setAriaLabel(getTranslation("contracts.party.name"));
            name.setPlaceholder(getTranslation("contracts.party.name"));
            name.setMaxLength(Party.NAME_MAX);
            role.setId("party-role-" + index);
            role.setAriaLabel(getTranslation("contracts.party.role"));
            role.setItems(PartyRole.values());
            role.setItemLabelGenerator(ContractTermsPanel.this::roleName);
            name.setValue(party == null ? "" : party.name());
            role.setValue(party == null ? PartyRole.COUNTERPARTY : party.role());
            Button remove = new Button(getTranslation("contracts.party.remove"), e -> {
                rows.remove(this);
                parties.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(name, role, remove);
            setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        Party party() {
            return new Party(name.getValue(), role.getValue());
        }
    }

    private String roleName(PartyRole role) {
        return switch (role) {
            case OUR_ENTITY -> getTranslation("contracts.role.our-entity");
            case COUNTERPARTY -> getTranslation("contracts.role.counterparty");
            case GUARANTOR -> getTranslation("contracts.role.guarantor");
            case OTHER -> getTranslation("contracts.role.other");
        };
    }
}
