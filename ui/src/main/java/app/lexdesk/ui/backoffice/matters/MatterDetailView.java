package app.lexdesk.ui.backoffice.matters;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
 * A matter's page: the record page shell with the matter's board (movable) in its header and an Overview tab, then
 * the sections features contribute.
 */
@Route(value = "t/:tenant/app/matter/:reference", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class MatterDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final MatterService matters;
    private final RecordWorkService work;
    private final IntakeService intake;
    private final RequestTypeService types;
    private final AttachmentService attachments;
    private final FileLinks links;
    private final List<RecordSection> sections;
    private final List<RecordHeaderAction> actions;

    MatterDetailView(MatterService matters, RecordWorkService work, IntakeService intake, RequestTypeService types,
            AttachmentService attachments, FileLinks links, List<RecordSection> sections,
            List<RecordHeaderAction> actions) {
        this.matters = matters;
        this.work = work;
        this.intake = intake;
        this.types = types;
        this.attachments = attachments;
        this.links = links;
        this.sections = sections;
        this.actions = actions;
        setId("matter-detail");
        addClassNames(LumoUtility.MaxWidth.SCREEN_LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentMember.get().isEmpty()) {
            return;
        }
        String reference = event.getRouteParameters().get("reference").orElse("");
        RecordHeader header = work.header(RecordKind.MATTER, reference).orElseThrow(NotFoundException::new);
        MatterDetails matter = matters.findByReference(reference).orElseThrow(NotFoundException::new);
        removeAll();
        List<Board> boards = matters.boards();
        Select<String> board = new Select<>();
        board.setId("matter-board");
        board.setLabel(getTranslation("matter.board"));
        board.setItems(boards.stream().map(Board::code).toList());
        board.setItemLabelGenerator(code -> boardName(boards, code));
        board.setPlaceholder(getTranslation("matter.unclassified"));
        board.setValue(matter.board());
        RecordHeaderBar bar = new RecordHeaderBar(work, header, board, null);
        board.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                move(bar, e.getValue(), boards);
            }
        });
        RecordOverview overview = new RecordOverview(work, bar, intake, types, attachments, links,
                new RecordOverview.Placement(code -> boardName(boards, code), board::getValue, code -> {
                    board.setValue(code);
                    move(bar, code, boards);
                }));
        Map<String, Component> own = new LinkedHashMap<>();
        own.put("record.tab.overview", overview);
        add(new RecordPage(bar, own, sections, actions));
    }

    private void move(RecordHeaderBar bar, String code, List<Board> boards) {
        matters.moveToBoard(bar.header().reference(), code);
        bar.reload();
        Notification.show(getTranslation("matter.moved", boardName(boards, code)));
    }

    private String boardName(List<Board> boards, String code) {
        return boards.stream().filter(b -> b.code().equals(code)).findFirst().map(b -> b.name(getLocale()))
                .orElse(code == null ? "" : code);
    }
}
