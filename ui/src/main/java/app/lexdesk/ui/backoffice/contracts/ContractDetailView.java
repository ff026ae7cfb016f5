package app.lexdesk.ui.backoffice.contracts;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractSummary;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.RequestDetailsPanel;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/** A contract's page: type and parties, and the request it came from as submitted. */
@Route(value = "t/:tenant/app/contract/:reference", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class ContractDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final ContractService contracts;
    private final IntakeService intake;
    private final RequestTypeService types;
    private final app.lexdesk.core.attachments.AttachmentService attachments;
    private final app.lexdesk.ui.common.FileLinks links;
    private final List<RecordSection> sections;

    ContractDetailView(ContractService contracts, IntakeService intake, RequestTypeService types,
            app.lexdesk.core.attachments.AttachmentService attachments, app.lexdesk.ui.common.FileLinks links,
            List<RecordSection> sections) {
        this.sections = sections;
        this.links = links;
        this.attachments = attachments;
        this.contracts = contracts;
        this.intake = intake;
        this.types = types;
        setId("contract-detail");
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        ContractSummary contract = contracts.findByReference(event.getRouteParameters().get("reference").orElse(""))
                .orElseThrow(NotFoundException::new);
        removeAll();
        H1 title = new H1(contract.reference() + " · " + contract.title());
        title.setId("contract-title");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        add(title);
        if (contract.fromPortal()) {
            Span badge = new Span(getTranslation("list.origin.portal"));
            badge.getElement().getThemeList().add("badge success");
            badge.setId("from-portal");
            add(badge);
        }
        FormLayout facts = new FormLayout();
        String type = contracts.types().stream().filter(t -> t.code().equals(contract.contractType())).findFirst()
                .map(t -> t.name(getLocale())).orElse("—");
        facts.addFormItem(new Span(type), getTranslation("contracts.type"));
        facts.addFormItem(new Span(contract.parties().isEmpty() ? "—" : contract.parties()),
                getTranslation("contracts.parties"));
        add(facts);
        if (contract.requestId() != null) {
            intake.findById(contract.requestId()).ifPresent(request -> add(
                    new RequestDetailsPanel(request, types.find(request.typeCode()), getLocale()),
                    new com.vaadin.flow.component.html.H3(getTranslation("request.files")),
                    new app.lexdesk.ui.backoffice.attachments.AttachmentsGrid(attachments, links, request.id())));
        }
        // Record sections until the record page's shell shows them as tabs (the lead replaces this block on merge).
        RecordContext context = new RecordContext(contract.id(), RecordKind.CONTRACT,
                contract.reference(), contract.requestId(), null);
        sections.stream().filter(s -> s.appliesTo(context)).sorted(Comparator.comparingInt(RecordSection::order))
                .forEach(s -> add(new H2(getTranslation(s.titleKey())), s.create(context)));
    }
}
