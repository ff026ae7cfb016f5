package app.lexdesk.ui.common;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Download links for stored files. The core opens the file when the link is followed, under the rights the
 * viewer has at that moment: a file hidden from the requester after the page was drawn is refused (404).
 */
public final class FileLinks {

    private FileLinks() {
    }

    public static Anchor download(AttachmentService attachments, AttachmentSummary file) {
        // Download requests do not run with the UI current: carry the member explicitly.
        TenantMember member = CurrentMember.require();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            try (TenantContext.Scope ignored = TenantContext.open(member)) {
                return attachments.open(file.id()).map(f -> new DownloadResponse(f.content(), f.file().filename(),
                        f.file().contentType(), f.file().size())).orElseGet(() -> DownloadResponse.error(404));
            }
        }), file.filename());
        link.setId("download-" + file.id());
        link.getElement().setAttribute("title", file.filename());
        return link;
    }
}
