package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.onboarding.InvitationSettings;
import app.lexdesk.core.onboarding.InvitationSettingsService;
import app.lexdesk.core.onboarding.SignupDomainService;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Administrators' list of the people who may enter the department's workspace: name, email, roles, whether
 * the access is active (or still waits for an invited person) and the last login. Each row opens a
 * {@link MembershipDialog} to change the roles or withdraw (and give back) the access; the core decides and applies
 * it at the person's next interaction. Below: whether legal staff and contract managers may invite requesters too
 * (saved as soon as it is switched), requesters' invitations ({@link InvitationsPanel}) and the email domains whose
 * people sign up by themselves ({@link SignupDomainsPanel}).
 */
@Route(value = "t/:tenant/app/settings/people", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class MembershipListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MembershipService memberships;
    private final InvitationSettingsService settings;
    private final Grid<MembershipSummary> grid = new Grid<>();
    private final InvitationsPanel invitations;
    private final SignupDomainsPanel domains;
    private Set<UUID> waiting = Set.of();

    MembershipListView(MembershipService memberships, InvitationService invitations, SignupDomainService signups,
            PeopleService people, InvitationSettingsService settings) {
        this.memberships = memberships;
        this.settings = settings;
        this.invitations = new InvitationsPanel(invitations, people, this::refresh);
        this.domains = new SignupDomainsPanel(signups, people);
        setId("people-settings");
        grid.setId("memberships");
        grid.setAllRowsVisible(true);
        grid.addColumn(MembershipSummary::displayName).setHeader(getTranslation("settings.people.name"))
                .setFlexGrow(1);
        grid.addColumn(MembershipSummary::email).setHeader(getTranslation("settings.people.email")).setFlexGrow(1);
        grid.addColumn(m -> roles(m)).setHeader(getTranslation("settings.people.roles")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("settings.people.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.lastLoginAt() == null ? getTranslation("settings.people.never")
                : Formats.dateTime(m.lastLoginAt(), getLocale())).setHeader(getTranslation("settings.people.lastlogin"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::edit).setKey("edit").setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        removeAll();
        TenantMember me = CurrentMember.require();
        H1 title = new H1(getTranslation("settings.people.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        add(title);
        if (!me.has(Role.TENANT_ADMIN)) {
            Paragraph refused = new Paragraph(getTranslation("settings.adminsonly"));
            refused.setId("settings-admins-only");
            add(refused);
            return;
        }
        RouterLink back = new RouterLink(getTranslation("settings.people.back"), SettingsView.class,
                new RouteParameters("tenant", me.tenant().slug()));
        back.setId("back-to-settings");
        add(back, new Paragraph(getTranslation("settings.people.intro")), grid, staffMayInvite(), invitations,
                domains);
        refresh();
        domains.refresh();
    }

    /** Whether legal staff and contract managers invite requesters too; saved as soon as it is switched. */
    private Checkbox staffMayInvite() {
        Checkbox allowed = new Checkbox(getTranslation("settings.invitations.staff"),
                settings.settings().staffMayInvite());
        allowed.setId("settings-staff-may-invite");
        allowed.setHelperText(getTranslation("settings.invitations.staff.help"));
        allowed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                boolean now = settings.change(new InvitationSettings(e.getValue())).staffMayInvite();
                Notification.show(getTranslation(now ? "settings.invitations.staff.on"
                        : "settings.invitations.staff.off"));
            }
        });
        return allowed;
    }

    void refresh() {
        invitations.refresh();
        waiting = invitations.waiting();
        grid.setItems(memberships.all());
    }

    private String roles(MembershipSummary m) {
        return Arrays.stream(Role.values()).filter(m::has).map(r -> getTranslation(MembershipDialog.roleKey(r)))
                .collect(Collectors.joining(", "));
    }

    private Span status(MembershipSummary m) {
        boolean invited = m.active() && m.lastLoginAt() == null && waiting.contains(m.personId());
        Span status = new Span(getTranslation(invited ? "settings.invitations.status.invited"
                : m.active() ? "settings.people.active" : "settings.people.inactive"));
        status.getElement().getThemeList().add(invited ? "badge" : m.active() ? "badge success" : "badge contrast");
        status.setId("status-" + m.personId());
        return status;
    }

    private Button edit(MembershipSummary m) {
        Button edit = new Button(getTranslation("settings.people.edit"), e -> new MembershipDialog(memberships, m,
                this::refresh).open());
        edit.setId("edit-member-" + m.personId());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return edit;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.people.title") + " · Lexdesk";
    }
}
