package app.lexdesk.ui.common;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Download links for stored files. Following a link checks everything again, as of that moment: the login
 * of the download request must still be a member of the tenant, and the core opens the file only under
 * that member's current rights — a file hidden from the requester after the page was drawn, or a role taken
 * away meanwhile, gives 404.
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
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            // Download requests do not run with the UI current: resolve the member from this request's login.
            Optional<TenantMember> member = check.current(tenant);
            if (member.isEmpty()) {
                return DownloadResponse.error(404);
            }
            try (TenantContext.Scope ignored = TenantContext.open(member.get())) {
                return attachments.open(file.id()).map(f -> new DownloadResponse(f.content(), f.file().filename(),
                        f.file().contentType(), f.file().size())).orElseGet(() -> DownloadResponse.error(404));
            }
        }), file.filename());
        link.setId("download-" + file.id());
        link.getElement().setAttribute("title", file.filename());
        return link;
    }
}
