package app.lexdesk.ui.common;

import app.lexdesk.core.attachments.AttachmentContent;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.FileNames;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Download links for stored files. Following a link checks everything again, as of that moment: the login
 * of the download request must still be a member of the tenant, and the core opens the file only under
 * that member's current rights — a file hidden from the requester after the page was drawn, or a role taken
 * away meanwhile, gives 404. The bytes stream from storage to the browser; the response's headers are ours, not
 * Vaadin's ({@code DownloadResponse} would write the name into {@code Content-Disposition} itself): the name
 * through {@link FileNames#contentDisposition}, as the API's downloads do.
 */
@Component
public class FileLinks {

    private final AttachmentService attachments;
    private final MemberCheck check;

    FileLinks(AttachmentService attachments, MemberCheck check) {
        this.attachments = attachments;
        this.check = check;
    }

    public Anchor download(AttachmentSummary file) {
        String tenant = CurrentMember.require().tenant().slug();
        Anchor link = new Anchor((DownloadHandler) event -> send(event, tenant, file), AttachmentType.DOWNLOAD,
                file.filename());
        link.setId("download-" + file.id());
        link.getElement().setAttribute("title", file.filename());
        return link;
    }

    /** Answers one download request: checks, headers, then the bytes. */
    void send(DownloadEvent event, String tenant, AttachmentSummary file) throws IOException {
        VaadinResponse response = event.getResponse();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        // Download requests do not run with the UI current: resolve the member from this request's login.
        Optional<TenantMember> member = check.current(tenant);
        Optional<AttachmentContent> opened;
        if (member.isEmpty()) {
            opened = Optional.empty();
        } else {
            try (TenantContext.Scope ignored = TenantContext.open(member.get())) {
                opened = attachments.open(file.id());
            }
        }
        if (opened.isEmpty()) {
            response.setStatus(404);
            return;
        }
        try (AttachmentContent content = opened.get(); InputStream in = content.content()) {
            response.setContentType(content.file().contentType());
            response.setContentLengthLong(content.file().size());
            response.setHeader("Content-Disposition", FileNames.contentDisposition(content.file().filename()));
            in.transferTo(event.getOutputStream());
        }
    }
}
