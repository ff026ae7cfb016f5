package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.onboarding.IdentityUnavailableException;
import app.lexdesk.core.onboarding.InvitationRefusedException;
import app.lexdesk.core.onboarding.InvitationService;
import app.lexdesk.core.onboarding.InvitationStatus;
import app.lexdesk.core.onboarding.InvitationSummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The department's invitations of requesters: who was invited as one of which company, where each stands (invited,
 * expired, active, deactivated), when it was sent and until when its link works; waiting ones the viewer may change
 * ({@link InvitationSummary#mayChange()}: administrators any, allowed staff those they sent) can be sent again or
 * withdrawn. "Invite a requester" opens an {@link InvitationDialog}. Shown to administrators on People and access and,
 * when {@link InvitationService#mayInvite()} says so, to staff on People &amp; companies; the core checks every call
 * again.
 */
public class InvitationsPanel extends VerticalLayout {

    private final InvitationService invitations;
    private final Runnable changed;
    private final Grid<InvitationSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private List<InvitationSummary> shown = List.of();

    /** {@code changed} runs after every invitation sent, resent or withdrawn here (this panel refreshes in it). */
    public InvitationsPanel(InvitationService invitations, PeopleService people, Runnable changed) {
        this.invitations = invitations;
        this.changed = changed;
        setId("invitations-panel");
        setPadding(false);
        Button invite = new Button(getTranslation("settings.invitations.invite"), e -> new InvitationDialog(
                invitations, people, this::sent).open());
        invite.setId("invite-requester");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("invitations");
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> (i.firstName() + " " + i.lastName()).strip())
                .setHeader(getTranslation("settings.people.name")).setFlexGrow(1);
        grid.addColumn(InvitationSummary::email).setHeader(getTranslation("settings.people.email")).setFlexGrow(1);
        grid.addColumn(InvitationSummary::companyName).setHeader(getTranslation("settings.invitations.company"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("settings.invitations.status"))
                .setAutoWidth(true);
        grid.addColumn(i -> Formats.dateTime(i.sentAt(), getLocale()))
                .setHeader(getTranslation("settings.invitations.sent")).setAutoWidth(true);
        grid.addColumn(i -> i.waiting() && i.expiresAt() != null ? Formats.dateTime(i.expiresAt(), getLocale()) : "")
                .setHeader(getTranslation("settings.invitations.expires")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        empty.setText(getTranslation("settings.invitations.none"));
        empty.setId("invitations-none");
        add(new H2(getTranslation("settings.invitations.title")), new Paragraph(getTranslation(
                "settings.invitations.intro")), invite, grid, empty);
    }

    /** Reads the invitations again. */
    public void refresh() {
        shown = invitations.all();
        grid.setItems(shown);
        empty.setVisible(shown.isEmpty());
    }

    /** The people whose invitation still waits for them, as the list was last read. */
    Set<UUID> waiting() {
        return shown.stream().filter(InvitationSummary::waiting).map(InvitationSummary::personId)
                .collect(Collectors.toSet());
    }

    private void sent(InvitationSummary invitation) {
        changed.run();
        Notification.show(getTranslation(invitation.linkSent() ? "settings.invitations.sent-to"
                : "settings.invitations.no-link-needed", invitation.email()));
    }

    private Span status(InvitationSummary i) {
        Span status = new Span(getTranslation(statusKey(i.status())));
        status.getElement().getThemeList().add(switch (i.status()) {
            case ACTIVE -> "badge success";
            case INVITED -> "badge";
            case EXPIRED -> "badge error";
            case DEACTIVATED -> "badge contrast";
        });
        status.setId("invitation-status-" + i.id());
        return status;
    }

    static String statusKey(InvitationStatus status) {
        return switch (status) {
            case INVITED -> "settings.invitations.status.invited";
            case EXPIRED -> "settings.invitations.status.expired";
            case ACTIVE -> "settings.invitations.status.active";
            case DEACTIVATED -> "settings.invitations.status.deactivated";
        };
    }

    private HorizontalLayout actions(InvitationSummary i) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!i.waiting() || !i.mayChange()) {
            return actions;
        }
        Button resend = new Button(getTranslation("settings.invitations.resend"), e -> resend(i));
        resend.setId("resend-" + i.id());
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button withdraw = new Button(getTranslation("settings.invitations.withdraw"), e -> confirmWithdraw(i));
        withdraw.setId("withdraw-" + i.id());
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(resend, withdraw);
        return actions;
    }

    private void resend(InvitationSummary i) {
        act(() -> invitations.resend(i.id()), getTranslation("settings.invitations.resent", i.email()));
    }

    private void confirmWithdraw(InvitationSummary i) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("settings.invitations.withdraw.title"),
                getTranslation("settings.invitations.withdraw.text", i.email()),
                getTranslation("settings.invitations.withdraw"), e -> act(() -> invitations.withdraw(i.id()),
                        getTranslation("settings.invitations.withdrawn", i.email())));
        confirm.setId("withdraw-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        ComponentTexts.apply(confirm);
        confirm.open();
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done);
        } catch (InvitationRefusedException e) {
            Notification.show(getTranslation(InvitationDialog.reasonKey(e.reason())));
        } catch (IdentityUnavailableException e) {
            Notification.show(getTranslation("settings.invite.error.unavailable"));
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("settings.invite.error.not-allowed"));
        }
        changed.run();
    }
}
