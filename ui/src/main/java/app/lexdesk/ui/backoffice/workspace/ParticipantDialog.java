package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.participants.AddParticipant;
import app.lexdesk.core.participants.ParticipantRole;
import app.lexdesk.core.participants.ParticipantService;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.NewContact;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.ui.backoffice.people.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;

/** Gives someone a role on a record: a person or company of the tenant, or a new external contact. */
class ParticipantDialog extends Dialog {

    enum Who { PERSON, COMPANY, CONTACT }

    /** Where the core names a new contact's fields ({@code contact.email}); API paths, not message keys. */
    private static final String CONTACT = "contact.";

    private final ParticipantService participants;
    private final UUID recordId;
    private final Runnable added;
    private final Select<ParticipantRole> role = new Select<>();
    private final RadioButtonGroup<Who> who = new RadioButtonGroup<>();
    private final ComboBox<PersonDetails> person = new ComboBox<>();
    private final ComboBox<CompanySummary> company = new ComboBox<>();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField organisation = new TextField();
    private final VerticalLayout contact = new VerticalLayout(firstName, lastName, email, phone, organisation);
    private final FieldErrors errors = new FieldErrors(this);

    ParticipantDialog(ParticipantService participants, PeopleService people, UUID recordId, Runnable added) {
        this.participants = participants;
        this.recordId = recordId;
        this.added = added;
        setId("participant-dialog");
        setHeaderTitle(getTranslation("people.add"));
        role.setId("participant-role");
        role.setLabel(getTranslation("people.role"));
        role.setItems(ParticipantRole.values());
        role.setItemLabelGenerator(r -> Roles.label(this, r));
        who.setId("participant-who");
        who.setItems(Who.values());
        who.setItemLabelGenerator(w -> switch (w) {
            case PERSON -> getTranslation("people.who.person");
            case COMPANY -> getTranslation("people.who.company");
            case CONTACT -> getTranslation("people.who.contact");
        });
        who.setValue(Who.PERSON);
        person.setId("participant-person");
        person.setLabel(getTranslation("people.who.person"));
        person.setItemLabelGenerator(p -> p.email() == null ? p.displayName() : p.displayName() + " · " + p.email());
        person.setItems(query -> people.people(query.getFilter().orElse(""), query.getPage(), query.getPageSize())
                .stream());
        person.setWidthFull();
        company.setId("participant-company");
        company.setLabel(getTranslation("people.who.company"));
        company.setItemLabelGenerator(CompanySummary::name);
        company.setItems(query -> people.companies(query.getFilter().orElse(""), query.getPage(), query.getPageSize())
                .stream());
        company.setWidthFull();
        field(firstName, "contact-first-name", "people.contact.first-name");
        field(lastName, "contact-last-name", "people.contact.last-name");
        field(email, "contact-email", "people.contact.email");
        field(phone, "contact-phone", "people.contact.phone");
        field(organisation, "contact-organisation", "people.contact.organisation");
        contact.setPadding(false);
        who.addValueChangeListener(e -> show(e.getValue()));
        errors.on("role", role).on("personId", person).on("companyId", company)
                .on(CONTACT + "firstName", firstName).on(CONTACT + "lastName", lastName).on(CONTACT + "email", email)
                .on(CONTACT + "phone", phone).on(CONTACT + "organisation", organisation);
        VerticalLayout form = new VerticalLayout(role, who, person, company, contact);
        form.setPadding(false);
        form.setMinWidth("28rem");
        add(form);
        show(Who.PERSON);
        Button save = new Button(getTranslation("people.save"), e -> save());
        save.setId("participant-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
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

    private void show(Who chosen) {
        person.setVisible(chosen == Who.PERSON);
        company.setVisible(chosen == Who.COMPANY);
        contact.setVisible(chosen == Who.CONTACT);
    }

    private void save() {
        errors.clear();
        if (role.getValue() == null) {
            errors.show(role, "workspace.error.required");
            return;
        }
        try {
            AddParticipant command = switch (who.getValue()) {
                case PERSON -> person.getValue() == null ? missing(person)
                        : AddParticipant.person(role.getValue(), person.getValue().id());
                case COMPANY -> company.getValue() == null ? missing(company)
                        : AddParticipant.company(role.getValue(), company.getValue().id());
                case CONTACT -> AddParticipant.contact(role.getValue(), new NewContact(firstName.getValue(),
                        lastName.getValue(), email.getValue(), phone.getValue(), organisation.getValue()));
            };
            if (command == null) {
                return;
            }
            participants.add(recordId, command);
        } catch (InvalidParameterException e) {
            if (!errors.show(e)) {
                errors.show(role, "workspace.error.invalid");
            }
            return;
        }
        close();
        added.run();
    }

    private AddParticipant missing(ComboBox<?> input) {
        errors.show(input, "workspace.error.choose-someone");
        return null;
    }
}
