package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.portal.InvalidPortalRequestException;
import app.lexdesk.core.portal.PortalColleague;
import app.lexdesk.core.portal.PortalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The colleagues the requester named on their request — they see it and may reply — with a way to name another
 * person of their company (from the core's list of them) or to remove one. Only the requester gets this panel; the
 * core refuses anyone else and anyone not of their company.
 */
class PortalColleaguesPanel extends VerticalLayout {

    private final PortalService portal;
    private final String reference;
    private final Div named = new Div();
    private final ComboBox<PortalColleague> picker = new ComboBox<>();
    private List<PortalColleague> current = List.of();

    PortalColleaguesPanel(PortalService portal, String reference) {
        this.portal = portal;
        this.reference = reference;
        setId("portal-colleagues");
        setPadding(false);
        Paragraph help = new Paragraph(getTranslation("portal.colleagues.help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        picker.setId("colleague-picker");
        picker.setAriaLabel(getTranslation("portal.colleagues.pick"));
        picker.setPlaceholder(getTranslation("portal.colleagues.pick"));
        picker.setItemLabelGenerator(PortalColleague::name);
        Button add = new Button(getTranslation("portal.colleagues.add"), VaadinIcon.PLUS.create(), e -> name());
        add.setId("colleague-add");
        HorizontalLayout adding = new HorizontalLayout(picker, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.addClassNames(LumoUtility.FlexWrap.WRAP);
        add(new H3(getTranslation("portal.colleagues.title")), help, named, adding);
    }

    void show(List<PortalColleague> colleagues) {
        current = List.copyOf(colleagues);
        named.removeAll();
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.colleagues.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            named.add(none);
        }
        for (PortalColleague colleague : current) {
            Span name = new Span(colleague.name());
            Button remove = new Button(getTranslation("portal.colleagues.remove"), e -> change(() -> portal
                    .removeColleague(reference, colleague.personId())));
            remove.setId("colleague-remove-" + colleague.personId());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("portal.colleagues.remove-name", colleague.name()));
            HorizontalLayout row = new HorizontalLayout(name, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("lexdesk-colleague");
            named.add(row);
        }
        Set<UUID> taken = current.stream().map(PortalColleague::personId).collect(Collectors.toSet());
        picker.setItems(portal.colleagues().stream().filter(c -> !taken.contains(c.personId())).toList());
    }

    private void name() {
        PortalColleague chosen = picker.getValue();
        if (chosen == null) {
            picker.setErrorMessage(getTranslation("portal.colleagues.pick-first"));
            picker.setInvalid(true);
            return;
        }
        picker.setInvalid(false);
        change(() -> portal.nameColleague(reference, chosen.personId()));
        picker.clear();
    }

    private void change(Supplier<List<PortalColleague>> change) {
        try {
            show(change.get());
        } catch (InvalidPortalRequestException | NoSuchElementException e) {
            Notification refused = Notification.show(getTranslation("portal.colleagues.refused"));
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
