package app.lexdesk.ui.backoffice.attachments;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;

/**
 * Staff's view of a record's files: each name downloads the file; the ones the requester can see carry the
 * green stripe; the checkbox shares or hides each file (the core checks the role and records the change).
 */
public class AttachmentsGrid extends Grid<AttachmentSummary> {

    public AttachmentsGrid(AttachmentService attachments, FileLinks links, UUID recordId) {
        setId("record-files");
        setAllRowsVisible(true);
        setPartNameGenerator(a -> a.visibleToPortal() ? "visible-to-portal" : null);
        addComponentColumn(links::download).setHeader(getTranslation("files.name"))
                .setFlexGrow(1);
        addColumn(a -> Math.max(1, a.size() / 1024) + " KB").setHeader(getTranslation("files.size")).setAutoWidth(true);
        addColumn(AttachmentSummary::contentType).setHeader(getTranslation("files.type")).setAutoWidth(true);
        addColumn(a -> Formats.dateTime(a.uploadedAt(), getLocale())).setHeader(getTranslation("files.uploaded"))
                .setAutoWidth(true);
        addComponentColumn(a -> {
            Checkbox visible = new Checkbox(getTranslation("files.visible"), a.visibleToPortal());
            visible.setId("visible-" + a.filename());
            visible.addValueChangeListener(e -> {
                attachments.setVisibleToPortal(a.id(), e.getValue());
                setItems(attachments.of(recordId));
            });
            return visible;
        }).setAutoWidth(true);
        setItems(attachments.of(recordId));
    }
}
