package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.onboarding.IdentityUnavailableException;
import app.lexdesk.core.onboarding.InvitationRefusedException;
import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.onboarding.InvitationSummary;
import app.lexdesk.core.onboarding.InviteRequester;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.tenancy.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Invites a requester: email, name, and the company they are one of — an existing company or a new one; the role is
 * always portal user. The core judges the invitation; a refusal shows on the input it concerns and nothing is sent.
 */
class InvitationDialog extends Dialog {

    enum Company { EXISTING, NEW }

    private final InvitationService invitations;
    private final Consumer<InvitationSummary> sent;
    private final EmailField email = new EmailField();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final RadioButtonGroup<Company> which = new RadioButtonGroup<>();
    private final ComboBox<CompanySummary> company = new ComboBox<>();
    private final TextField newCompany = new TextField();
    private final Paragraph problem = new Paragraph();
    private final Map<String, HasValidation> fields;

    InvitationDialog(InvitationService invitations, PeopleService people, Consumer<InvitationSummary> sent) {
        this.invitations = invitations;
        this.sent = sent;
        setId("invitation-dialog");
        setHeaderTitle(getTranslation("settings.invite.title"));
        field(email, "invite-email", "settings.invite.email");
        field(firstName, "invite-first-name", "settings.invite.first-name");
        field(lastName, "invite-last-name", "settings.invite.last-name");
        which.setId("invite-company-kind");
        which.setLabel(getTranslation("settings.invite.company"));
        which.setItems(Company.values());
        which.setItemLabelGenerator(c -> getTranslation(c == Company.EXISTING ? "settings.invite.company.existing"
                : "settings.invite.company.new"));
        which.setValue(Company.EXISTING);
        which.addValueChangeListener(e -> show(e.getValue()));
        company.setId("invite-company");
        company.setAriaLabel(getTranslation("settings.invite.company.existing"));
        company.setItemLabelGenerator(CompanySummary::name);
        company.setItems(query -> people.companies(query.getFilter().orElse(""), query.getPage(), query.getPageSize())
                .stream());
        company.setWidthFull();
        field(newCompany, "invite-new-company", "settings.invite.company.name");
        Paragraph role = new Paragraph(getTranslation("settings.invite.role", getTranslation(
                MembershipDialog.roleKey(Role.PORTAL_USER))));
        role.setId("invite-role");
        role.addClassNames(LumoUtility.TextColor.SECONDARY);
        problem.setId("invite-problem");
        problem.addClassNames(LumoUtility.TextColor.ERROR);
        problem.setVisible(false);
        fields = Map.of("email", email, "firstName", firstName, "lastName", lastName, "companyId", company,
                "companyName", newCompany);
        VerticalLayout form = new VerticalLayout(email, firstName, lastName, which, company, newCompany, role,
                problem);
        form.setPadding(false);
        form.setMinWidth("28rem");
        add(form);
        show(Company.EXISTING);

        Button send = new Button(getTranslation("settings.invite.send"), e -> send());
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("settings.cancel"), e -> close());
        cancel.setId("invite-cancel");
        getFooter().add(cancel, send);
    }

    private void field(TextField input, String id, String labelKey) {
        input.setId(id);
        input.setLabel(getTranslation(labelKey));
        input.setWidthFull();
    }

    private void field(EmailField input, String id, String labelKey) {
        input.setId(id);
        input.setLabel(getTranslation(labelKey));
        input.setWidthFull();
    }

    private void show(Company chosen) {
        company.setVisible(chosen == Company.EXISTING);
        newCompany.setVisible(chosen == Company.NEW);
    }

    private void send() {
        fields.values().forEach(f -> f.setInvalid(false));
        problem.setVisible(false);
        boolean existing = which.getValue() == Company.EXISTING;
        try {
            InvitationSummary invitation = invitations.invite(new InviteRequester(email.getValue(),
                    firstName.getValue(), lastName.getValue(),
                    existing && company.getValue() != null ? company.getValue().id() : null,
                    existing ? null : newCompany.getValue()));
            close();
            sent.accept(invitation);
        } catch (InvalidParameterException e) {
            HasValidation input = fields.get(e.field());
            if (input == null) {
                show(problem, "settings.invite.error.invalid");
            } else {
                input.setErrorMessage(getTranslation(switch (e.code()) {
                    case "required" -> e.field().startsWith("company") ? "settings.invite.error.company"
                            : "settings.invite.error.required";
                    case "too-long" -> "settings.invite.error.too-long";
                    case "invalid-email" -> "settings.invite.error.email";
                    default -> "settings.invite.error.invalid";
                }));
                input.setInvalid(true);
            }
        } catch (InvitationRefusedException e) {
            email.setErrorMessage(getTranslation(reasonKey(e.reason())));
            email.setInvalid(true);
        } catch (IdentityUnavailableException e) {
            show(problem, "settings.invite.error.unavailable");
        } catch (AccessDeniedException e) {
            show(problem, "settings.invite.error.not-allowed");
        }
    }

    private void show(Paragraph where, String key) {
        where.setText(getTranslation(key));
        where.setVisible(true);
    }

    static String reasonKey(InvitationRefusedException.Reason reason) {
        return switch (reason) {
            case ALREADY_MEMBER -> "settings.invite.error.already-member";
            case ALREADY_INVITED -> "settings.invite.error.already-invited";
            case OTHER_COMPANY -> "settings.invite.error.other-company";
            case NOT_WAITING -> "settings.invite.error.not-waiting";
            case UNKNOWN_INVITATION -> "settings.invite.error.unknown";
        };
    }
}
