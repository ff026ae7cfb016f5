package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.tenancy.MembershipChangeRefusedException;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.EnumSet;
import java.util.Set;

/**
 * Changes one person's roles (checkboxes) or withdraws and gives back their access. The core judges each
 * change; a refusal shows on what it concerns — the roles, or the access switch — and changes nothing.
 */
class MembershipDialog extends Dialog {

    private final MembershipService memberships;
    private final MembershipSummary member;
    private final Runnable changed;
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ErrorText accessError = new ErrorText();
    private final Paragraph problems = new Paragraph();

    MembershipDialog(MembershipService memberships, MembershipSummary member, Runnable changed) {
        this.memberships = memberships;
        this.member = member;
        this.changed = changed;
        setId("membership-dialog");
        setHeaderTitle(member.displayName());
        Paragraph email = new Paragraph(member.email());
        email.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        roles.setId("member-roles");
        roles.setLabel(getTranslation("settings.member.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(roleKey(r)));
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setValue(member.roles().isEmpty() ? Set.of() : EnumSet.copyOf(member.roles()));
        roles.addValueChangeListener(e -> roles.setInvalid(false));

        Paragraph status = new Paragraph(getTranslation(member.active() ? "settings.member.status.active"
                : "settings.member.status.inactive"));
        status.setId("member-status");
        Button access = member.active()
                ? new Button(getTranslation("settings.member.deactivate"), e -> deactivate())
                : new Button(getTranslation("settings.member.reactivate"), e -> reactivate());
        access.setId(member.active() ? "member-deactivate" : "member-reactivate");
        access.addThemeVariants(member.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        accessError.setId("member-access-error");
        problems.setId("member-problems");
        problems.addClassNames(LumoUtility.TextColor.ERROR);
        problems.setVisible(false);
        add(email, roles, status, access, accessError, problems);

        Button save = new Button(getTranslation("settings.member.save"), e -> saveRoles());
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("settings.cancel"), e -> close());
        cancel.setId("member-cancel");
        getFooter().add(cancel, save);
    }

    /** The message key of a role's name, written out whole. */
    static String roleKey(Role role) {
        return switch (role) {
            case TENANT_ADMIN -> "role.tenant-admin";
            case LEGAL_STAFF -> "role.legal-staff";
            case CONTRACT_MANAGER -> "role.contract-manager";
            case PORTAL_USER -> "role.portal-user";
        };
    }

    private void saveRoles() {
        try {
            memberships.changeRoles(member.personId(), roles.getValue());
            done("settings.member.saved");
        } catch (MembershipChangeRefusedException e) {
            if (e.reason() == MembershipChangeRefusedException.Reason.UNKNOWN_MEMBERSHIP) {
                show(problems, e);
            } else {
                roles.setErrorMessage(getTranslation(reasonKey(e.reason())));
                roles.setInvalid(true);
            }
        }
    }

    private void deactivate() {
        try {
            memberships.deactivate(member.personId());
            done("settings.member.deactivated");
        } catch (MembershipChangeRefusedException e) {
            accessError.setText(getTranslation(reasonKey(e.reason())));
            accessError.setVisible(true);
        }
    }

    private void reactivate() {
        try {
            memberships.reactivate(member.personId());
            done("settings.member.reactivated");
        } catch (MembershipChangeRefusedException e) {
            show(problems, e);
        }
    }

    private void show(Paragraph where, MembershipChangeRefusedException e) {
        where.setText(getTranslation(reasonKey(e.reason())));
        where.setVisible(true);
    }

    private void done(String messageKey) {
        close();
        changed.run();
        Notification.show(getTranslation(messageKey));
    }

    static String reasonKey(MembershipChangeRefusedException.Reason reason) {
        return switch (reason) {
            case NO_ROLE -> "settings.member.error.no-role";
            case LAST_ADMINISTRATOR -> "settings.member.error.last-administrator";
            case OWN_ADMINISTRATOR_ROLE -> "settings.member.error.own-administrator-role";
            case OWN_MEMBERSHIP -> "settings.member.error.own-membership";
            case UNKNOWN_MEMBERSHIP -> "settings.member.error.unknown";
        };
    }
}
