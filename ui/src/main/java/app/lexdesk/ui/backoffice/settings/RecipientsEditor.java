package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.notifications.Recipient;
import app.lexdesk.core.notifications.RecipientKind;
import app.lexdesk.core.records.StaffMember;
import app.lexdesk.core.tenancy.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The recipients of a notification rule, one row each: a kind (a named member of the legal team, every holder of a
 * role, the record's assignee, its requester, a fixed address) and, for the kinds that need one, who or which.
 * The requester is offered only for events the portal shows ({@link #offerRequester}); the core refuses it otherwise.
 * Row {@code i} has the id {@code rule-recipient-i}.
 */
class RecipientsEditor extends RowList<RecipientsEditor.RecipientRow> {

    private final List<StaffMember> staff;
    private boolean requesterOffered = true;

    RecipientsEditor(List<StaffMember> staff, List<Recipient> recipients) {
        super("notifications.rule.recipients", "notifications.rule.recipients.none",
                "notifications.rule.recipients.add");
        this.staff = staff;
        setIds("rule-recipients", "rule-add-recipient");
        recipients.forEach(r -> append(new RecipientRow(r)));
    }

    @Override
    protected RecipientRow newRow() {
        return new RecipientRow(new Recipient(RecipientKind.PERSON, ""));
    }

    @Override
    protected void renumber(RecipientRow row, int index, int count) {
        String id = "rule-recipient-" + index;
        row.setId(id);
        row.kind.setId(id + "-kind");
        row.person.setId(id + "-person");
        row.role.setId(id + "-role");
        row.address.setId(id + "-address");
        row.remove.setId(id + "-remove");
    }

    /**
     * Whether the requester may be chosen, as the event allows; when not, rows naming the requester go (the core would
     * refuse them) and no row offers it.
     */
    void offerRequester(boolean offered) {
        requesterOffered = offered;
        if (!offered) {
            rows().stream().filter(r -> r.kind.getValue() == RecipientKind.REQUESTER).forEach(this::delete);
        }
        rows().forEach(RecipientRow::offerKinds);
    }

    List<Recipient> recipients() {
        return rows().stream().map(RecipientRow::recipient).toList();
    }

    /** Marks the address rows the core quoted in {@code message} (a refused address) with {@code text}. */
    void markAddresses(String message, String text) {
        rows().stream().filter(r -> r.kind.getValue() == RecipientKind.ADDRESS
                && message.contains("\"" + r.address.getValue().strip() + "\"")).forEach(r -> {
                    r.address.setErrorMessage(text);
                    r.address.setInvalid(true);
                });
    }

    void clearProblems() {
        setInvalid(false);
        rows().forEach(r -> r.address.setInvalid(false));
    }

    private List<RecipientKind> offeredKinds() {
        return Arrays.stream(RecipientKind.values()).filter(k -> requesterOffered || k != RecipientKind.REQUESTER)
                .toList();
    }

    /** One recipient: its kind, then a staff member, a role or an address when the kind needs one. */
    final class RecipientRow extends HorizontalLayout {

        final Select<RecipientKind> kind = new Select<>();
        final ComboBox<StaffMember> person = new ComboBox<>();
        final Select<Role> role = new Select<>();
        final TextField address = new TextField();
        final Button remove = new Button();

        RecipientRow(Recipient recipient) {
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            kind.setLabel(getTranslation("notifications.rule.recipient.kind"));
            kind.setItemLabelGenerator(k -> getTranslation(NotificationLabels.recipientKind(k)));
            kind.setWidth("17em");
            person.setLabel(getTranslation("notifications.recipient.person"));
            person.setItemLabelGenerator(StaffMember::name);
            person.setItems(staffWith(recipient));
            person.setWidthFull();
            role.setLabel(getTranslation("notifications.recipient.role"));
            role.setItems(Arrays.stream(Role.values()).filter(Role::isStaff).toList());
            role.setItemLabelGenerator(r -> getTranslation(MembershipDialog.roleKey(r)));
            role.setWidthFull();
            address.setLabel(getTranslation("notifications.recipient.address"));
            address.setWidthFull();
            address.addValueChangeListener(e -> address.setInvalid(false));
            remove.setIcon(VaadinIcon.TRASH.create());
            remove.setAriaLabel(getTranslation("settings.row.remove"));
            remove.setTooltipText(getTranslation("settings.row.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE,
                    ButtonVariant.LUMO_ICON);
            remove.addClickListener(e -> delete(this));
            offerKinds();
            kind.setValue(recipient.kind());
            switch (recipient.kind()) {
                case PERSON -> person.setValue(staffWith(recipient).stream()
                        .filter(s -> s.personId().toString().equals(recipient.value())).findFirst().orElse(null));
                case ROLE -> role.setValue(Role.fromKey(recipient.value()).orElse(null));
                case ADDRESS -> address.setValue(recipient.value());
                default -> {
                }
            }
            kind.addValueChangeListener(e -> showValue());
            showValue();
            add(kind, person, role, address, remove);
            setFlexGrow(1, person, role, address);
        }

        /** The kinds this row offers; its own kind stays listed even when not offered, so it can be seen and changed. */
        void offerKinds() {
            RecipientKind current = kind.getValue();
            List<RecipientKind> offered = new ArrayList<>(offeredKinds());
            if (current != null && !offered.contains(current)) {
                offered.add(current);
            }
            kind.setItems(offered);
            kind.setValue(current);
        }

        private void showValue() {
            RecipientKind k = kind.getValue();
            person.setVisible(k == RecipientKind.PERSON);
            role.setVisible(k == RecipientKind.ROLE);
            address.setVisible(k == RecipientKind.ADDRESS);
        }

        /** The staff to choose from, with the rule's own person kept (under their id) if no longer listed. */
        private List<StaffMember> staffWith(Recipient recipient) {
            List<StaffMember> all = new ArrayList<>(staff);
            if (recipient.kind() == RecipientKind.PERSON && !recipient.value().isEmpty()
                    && all.stream().noneMatch(s -> s.personId().toString().equals(recipient.value()))) {
                try {
                    all.add(new StaffMember(UUID.fromString(recipient.value()), recipient.value(), ""));
                } catch (IllegalArgumentException ignored) {
                    // Not a person id: the row stays empty and the core names the problem on save.
                }
            }
            return all;
        }

        Recipient recipient() {
            RecipientKind k = kind.getValue() == null ? RecipientKind.PERSON : kind.getValue();
            return switch (k) {
                case PERSON -> new Recipient(k, person.getValue() == null ? "" : person.getValue().personId().toString());
                case ROLE -> new Recipient(k, role.getValue() == null ? "" : role.getValue().key());
                case ADDRESS -> new Recipient(k, address.getValue());
                case ASSIGNEE, REQUESTER -> Recipient.of(k);
            };
        }
    }
}
