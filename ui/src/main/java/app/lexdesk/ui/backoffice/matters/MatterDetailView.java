package app.lexdesk.ui.backoffice.matters;

import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.RequestDetailsPanel;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * A matter's page: where staff start work. Shows the request as submitted (the full workspace — status,
 * notes, attachments — comes with its own issue) and lets staff move the matter to another board.
 */
@Route(value = "t/:tenant/app/matter/:reference", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class MatterDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final MatterService matters;
    private final IntakeService intake;
    private final RequestTypeService types;
    private final app.lexdesk.core.attachments.AttachmentService attachments;
    private final app.lexdesk.ui.common.FileLinks links;
    private final List<RecordSection> sections;

    MatterDetailView(MatterService matters, IntakeService intake, RequestTypeService types,
            app.lexdesk.core.attachments.AttachmentService attachments, app.lexdesk.ui.common.FileLinks links,
            List<RecordSection> sections) {
        this.sections = sections;
        this.links = links;
        this.attachments = attachments;
        this.matters = matters;
        this.intake = intake;
        this.types = types;
        setId("matter-detail");
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        MatterDetails matter = matters.findByReference(event.getRouteParameters().get("reference").orElse(""))
                .orElseThrow(NotFoundException::new);
        removeAll();
        H1 title = new H1(matter.reference() + " · " + matter.title());
        title.setId("matter-title");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        add(title);
        if (matter.origin() == Origin.PORTAL) {
            Span badge = new Span(getTranslation("list.origin.portal"));
            badge.getElement().getThemeList().add("badge success");
            badge.setId("from-portal");
            add(badge);
        }
        List<Board> boards = matters.boards();
        Select<String> board = new Select<>();
        board.setId("matter-board");
        board.setLabel(getTranslation("matter.board"));
        board.setItems(boards.stream().map(Board::code).toList());
        board.setItemLabelGenerator(code -> boards.stream().filter(b -> b.code().equals(code)).findFirst()
                .map(b -> b.name(getLocale())).orElse(code));
        board.setPlaceholder(getTranslation("matter.unclassified"));
        board.setValue(matter.board());
        board.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                matters.moveToBoard(matter.reference(), e.getValue());
                Notification.show(getTranslation("matter.moved", board.getItemLabelGenerator().apply(e.getValue())));
            }
        });
        HorizontalLayout header = new HorizontalLayout(board);
        add(header);
        if (matter.requestId() != null) {
            intake.findById(matter.requestId()).ifPresent(request -> {
                Paragraph classification = new Paragraph(getTranslation("matter.classification",
                        board.getItemLabelGenerator().apply(request.target() == null ? "" : request.target()),
                        request.classification()));
                classification.setId("matter-classification");
                classification.addClassNames(LumoUtility.TextColor.SECONDARY);
                add(classification, new RequestDetailsPanel(request, types.find(request.typeCode()), getLocale()),
                        new com.vaadin.flow.component.html.H3(getTranslation("request.files")),
                        new app.lexdesk.ui.backoffice.attachments.AttachmentsGrid(attachments, links, request.id()));
            });
        }
        // Record sections until the record page's shell shows them as tabs (the lead replaces this block on merge).
        RecordContext context = new RecordContext(matter.id(), RecordKind.MATTER, matter.reference(),
                matter.requestId(), null);
        sections.stream().filter(s -> s.appliesTo(context)).sorted(Comparator.comparingInt(RecordSection::order))
                .forEach(s -> add(new H2(getTranslation(s.titleKey())), s.create(context)));
    }
}
