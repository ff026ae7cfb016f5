package app.lexdesk.ui.backoffice.contracts;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.contracts.ContractDetails;
import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.contracts.ContractType;
import app.lexdesk.core.contracts.EditContractTerms;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.records.Change;
import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.backoffice.records.RecordHeaderAction;
import app.lexdesk.ui.backoffice.records.RecordHeaderBar;
import app.lexdesk.ui.backoffice.records.RecordOverview;
import app.lexdesk.ui.backoffice.records.RecordPage;
import app.lexdesk.ui.backoffice.records.RecordSection;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract's page: the record page shell with the contract's type in its header, an Overview tab and a Terms tab,
 * then the sections features contribute.
 */
@Route(value = "t/:tenant/app/contract/:reference", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class ContractDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final ContractService contracts;
    private final RecordWorkService work;
    private final IntakeService intake;
    private final RequestTypeService types;
    private final AttachmentService attachments;
    private final FileLinks links;
    private final List<RecordSection> sections;
    private final List<RecordHeaderAction> actions;

    ContractDetailView(ContractService contracts, RecordWorkService work, IntakeService intake,
            RequestTypeService types, AttachmentService attachments, FileLinks links, List<RecordSection> sections,
            List<RecordHeaderAction> actions) {
        this.contracts = contracts;
        this.work = work;
        this.intake = intake;
        this.types = types;
        this.attachments = attachments;
        this.links = links;
        this.sections = sections;
        this.actions = actions;
        setId("contract-detail");
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        String reference = event.getRouteParameters().get("reference").orElse("");
        ContractDetails contract = contracts.details(reference).orElseThrow(NotFoundException::new);
        removeAll();
        List<ContractType> contractTypes = contracts.types();
        Span type = new Span();
        type.setId("contract-type-name");
        type.getElement().getThemeList().add("badge contrast");
        RecordHeaderBar[] bar = new RecordHeaderBar[1];
        bar[0] = new RecordHeaderBar(work, contract.record(), type,
                () -> contracts.details(reference).ifPresent(c -> type.setText(typeName(contractTypes,
                        c.terms().contractType()))));
        type.setText(typeName(contractTypes, contract.terms().contractType()));
        ContractTermsPanel terms = new ContractTermsPanel(contracts, contractTypes, bar[0], contract.terms());
        RecordOverview overview = new RecordOverview(work, bar[0], intake, types, attachments, links,
                new RecordOverview.Placement(code -> typeName(contractTypes, code),
                        () -> contracts.details(reference).map(c -> c.terms().contractType()).orElse(null),
                        code -> bar[0].attempt(() -> contracts.edit(reference, bar[0].header().version(),
                                EditRecord.none(), new EditContractTerms(Change.to(code), null, null, null, null, null,
                                        null, null)).record())));
        Map<String, Component> own = new LinkedHashMap<>();
        own.put("record.tab.overview", overview);
        own.put("contracts.tab.terms", terms);
        add(new RecordPage(bar[0], own, sections, actions));
    }

    private String typeName(List<ContractType> contractTypes, String code) {
        return code == null ? getTranslation("contracts.type.none") : contractTypes.stream()
                .filter(t -> t.code().equals(code)).findFirst().map(t -> t.name(getLocale())).orElse(code);
    }
}
