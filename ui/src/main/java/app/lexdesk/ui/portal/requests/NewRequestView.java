package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.intake.InvalidRequestException;
import app.lexdesk.core.intake.PortalRequest;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.common.MessageKeys;
import app.lexdesk.ui.common.TenantArea;
import app.lexdesk.ui.portal.PortalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

/** Portal: choose a request type, fill its form, submit; then the confirmation page with the reference. */
@Route(value = "t/:tenant/portal/new", layout = PortalLayout.class)
@TenantArea(TenantArea.Area.PORTAL)
@PermitAll
class NewRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestTypeService types;
    private final IntakeService intake;
    private final AttachmentService attachments;
    private final MemberCheck check;
    private long maxFileSize;
    private final RadioButtonGroup<RequestTypeDetails> typeChoice = new RadioButtonGroup<>();
    private final Div formArea = new Div();
    private final Button submit = new Button();
    private RequestForm form;

    NewRequestView(RequestTypeService types, IntakeService intake, AttachmentService attachments,
            MemberCheck check) {
        this.types = types;
        this.intake = intake;
        this.attachments = attachments;
        this.check = check;
        setId("new-request");
        addClassNames(LumoUtility.MaxWidth.SCREEN_MEDIUM);
        H1 title = new H1(getTranslation("portal.new.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        typeChoice.setLabel(getTranslation("portal.new.type"));
        typeChoice.setId("request-type");
        typeChoice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        typeChoice.addValueChangeListener(e -> showForm(e.getValue()));
        formArea.setWidthFull();
        submit.setText(getTranslation("portal.new.submit"));
        submit.setId("submit-request");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.setVisible(false);
        submit.addClickListener(e -> submit());
        add(title, typeChoice, formArea, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty() || typeChoice.getListDataView().getItemCount() > 0) {
            return;
        }
        typeChoice.setItems(types.active());
        maxFileSize = attachments.maxFileSize();
        typeChoice.setItemLabelGenerator(t -> t.description(getLocale()) == null || t.description(getLocale()).isBlank()
                ? t.name(getLocale()) : t.name(getLocale()) + " — " + t.description(getLocale()));
    }

    private void showForm(RequestTypeDetails type) {
        formArea.removeAll();
        String tenant = CurrentMember.require().tenant().slug();
        form = type == null ? null : new RequestForm(type, getLocale(), (name, size, content) -> {
            // Upload requests do not run with this UI current, nor through the tab's access re-check: resolve
            // the member from this request's login, as of now.
            TenantMember member = check.current(tenant).orElseThrow(() -> new AccessDeniedException(
                    "No access to " + tenant + " any more"));
            try (TenantContext.Scope ignored = TenantContext.open(member)) {
                return attachments.upload(name, size, content);
            }
        }, maxFileSize);
        if (form != null) {
            formArea.add(form);
        }
        submit.setVisible(form != null);
    }

    private void submit() {
        try {
            PortalRequest created = intake.submit(form.command(getLocale()));
            getUI().ifPresent(ui -> ui.navigate(PortalRequestView.class, new RouteParameters(java.util.Map.of(
                    "tenant", CurrentMember.require().tenant().slug(), "reference", created.reference()))));
        } catch (InvalidRequestException e) {
            form.show(e.problems());
            e.problems().stream().filter(p -> p.field().equals("type")).findFirst().ifPresent(p -> {
                Notification n = Notification.show(getTranslation(MessageKeys.problem(p.code())));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
            submit.setEnabled(true);
        } catch (RateLimitedException e) {
            Notification n = Notification.show(getTranslation("request.error.rate-limited", e.retryAfterSeconds()));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            submit.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.new.title") + " · Lexdesk";
    }
}
