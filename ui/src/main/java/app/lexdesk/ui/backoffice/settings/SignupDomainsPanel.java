package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.onboarding.IdentityUnavailableException;
import app.lexdesk.core.onboarding.SignupDomainRefusedException;
import app.lexdesk.core.onboarding.SignupDomainService;
import app.lexdesk.core.onboarding.SignupDomainSummary;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Per company, the email domains whose people may sign up by themselves: someone who registers on the login page
 * with a verified address at such a domain joins as a portal user of the company at their first visit. A domain
 * belongs to one department at most.
 */
class SignupDomainsPanel extends VerticalLayout {

    private final SignupDomainService signups;
    private final Grid<SignupDomainSummary> grid = new Grid<>();
    private final ComboBox<CompanySummary> company = new ComboBox<>();
    private final TextField domain = new TextField();

    SignupDomainsPanel(SignupDomainService signups, PeopleService people) {
        this.signups = signups;
        setId("signup-domains-panel");
        setPadding(false);
        grid.setId("signup-domains");
        grid.setAllRowsVisible(true);
        grid.addColumn(SignupDomainSummary::domain).setHeader(getTranslation("settings.domains.domain"))
                .setFlexGrow(1);
        grid.addColumn(SignupDomainSummary::companyName).setHeader(getTranslation("settings.invitations.company"))
                .setFlexGrow(1);
        grid.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("settings.domains.remove"), e -> remove(d));
            remove.setId("remove-domain-" + d.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true);
        company.setId("domain-company");
        company.setLabel(getTranslation("settings.invitations.company"));
        company.setItemLabelGenerator(CompanySummary::name);
        company.setItems(query -> people.companies(query.getFilter().orElse(""), query.getPage(), query.getPageSize())
                .stream());
        domain.setId("domain-name");
        domain.setLabel(getTranslation("settings.domains.domain"));
        domain.setPlaceholder(getTranslation("settings.domains.placeholder"));
        Button allow = new Button(getTranslation("settings.domains.allow"), e -> allow());
        allow.setId("domain-allow");
        HorizontalLayout form = new HorizontalLayout(company, domain, allow);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("settings.domains.title")), new Paragraph(getTranslation("settings.domains.intro")),
                grid, form);
    }

    void refresh() {
        grid.setItems(signups.all());
    }

    private void allow() {
        company.setInvalid(false);
        domain.setInvalid(false);
        if (company.getValue() == null) {
            company.setErrorMessage(getTranslation("settings.invite.error.company"));
            company.setInvalid(true);
            return;
        }
        try {
            SignupDomainSummary allowed = signups.allow(company.getValue().id(), domain.getValue());
            domain.clear();
            Notification.show(getTranslation("settings.domains.allowed", allowed.domain(), allowed.companyName()));
        } catch (InvalidParameterException e) {
            domain.setErrorMessage(getTranslation("settings.domains.error.invalid"));
            domain.setInvalid(true);
        } catch (SignupDomainRefusedException e) {
            if (e.reason() == SignupDomainRefusedException.Reason.UNKNOWN_COMPANY) {
                company.setErrorMessage(getTranslation("settings.domains.error.unknown-company"));
                company.setInvalid(true);
            } else {
                domain.setErrorMessage(getTranslation("settings.domains.error.taken"));
                domain.setInvalid(true);
            }
        } catch (IdentityUnavailableException e) {
            domain.setErrorMessage(getTranslation("settings.invite.error.unavailable"));
            domain.setInvalid(true);
        }
        refresh();
    }

    private void remove(SignupDomainSummary d) {
        try {
            signups.disallow(d.id());
            Notification.show(getTranslation("settings.domains.removed", d.domain()));
        } catch (SignupDomainRefusedException e) {
            Notification.show(getTranslation("settings.domains.error.unknown"));
        } catch (IdentityUnavailableException e) {
            Notification.show(getTranslation("settings.invite.error.unavailable"));
        }
        refresh();
    }
}
