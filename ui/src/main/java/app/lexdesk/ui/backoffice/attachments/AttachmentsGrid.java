package app.lexdesk.ui.backoffice.attachments;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.FileSizes;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;

/**
 * The files of a request's record (those it came with and those added since), on the record's overview, read only:
 * each name downloads the file; the ones the requester can see carry the green stripe. The record's Files tab files,
 * shares and hides them.
 */
public class AttachmentsGrid extends Grid<AttachmentSummary> {

    public AttachmentsGrid(AttachmentService attachments, FileLinks links, UUID requestId) {
        setId("record-files");
        setAllRowsVisible(true);
        setPartNameGenerator(a -> a.visibleToPortal() ? "visible-to-portal" : null);
        addComponentColumn(links::download).setHeader(getTranslation("files.name"))
                .setFlexGrow(1);
        addColumn(a -> FileSizes.of(this, a.size())).setHeader(getTranslation("files.size")).setAutoWidth(true);
        addColumn(AttachmentSummary::contentType).setHeader(getTranslation("files.type")).setAutoWidth(true);
        addColumn(a -> Formats.dateTime(a.uploadedAt(), getLocale())).setHeader(getTranslation("files.uploaded"))
                .setAutoWidth(true);
        setItems(attachments.ofRequest(requestId));
    }
}
