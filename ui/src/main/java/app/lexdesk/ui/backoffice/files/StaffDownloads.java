package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.activity.SharingLog;
import app.lexdesk.core.attachments.AttachmentContent;
import app.lexdesk.core.attachments.FileDownloads;
import app.lexdesk.core.attachments.FileNames;
import app.lexdesk.core.attachments.InvalidFileChangeException;
import app.lexdesk.core.attachments.ZipSelection;
import app.lexdesk.core.export.TableFormat;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.MemberCheck;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The legal team's downloads beyond one current file: an earlier version, a selection as one ZIP archive, the sharing
 * log as CSV or XLSX. As with {@code FileLinks}, following a link checks everything again as of that moment: the
 * download request's login must still be staff of the tenant, and the core opens what it opens under that member's
 * rights; anything else answers 404. Archives are streamed entry by entry, never assembled.
 */
@Component
class StaffDownloads {

    /** What the tab has selected for an archive when the link is followed. */
    record Chosen(Set<UUID> folders, Set<UUID> files) {

        static final Chosen NOTHING = new Chosen(Set.of(), Set.of());

        Chosen {
            folders = Set.copyOf(folders);
            files = Set.copyOf(files);
        }

        boolean isEmpty() {
            return folders.isEmpty() && files.isEmpty();
        }
    }

    private final FileDownloads downloads;
    private final SharingLog sharingLog;
    private final MemberCheck check;

    StaffDownloads(FileDownloads downloads, SharingLog sharingLog, MemberCheck check) {
        this.downloads = downloads;
        this.sharingLog = sharingLog;
        this.check = check;
    }

    Anchor version(UUID fileId, int version, String filename) {
        Anchor link = new Anchor(checked(event -> {
            Optional<AttachmentContent> opened = downloads.openVersion(fileId, version);
            if (opened.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            try (AttachmentContent content = opened.get()) {
                attachment(event, content.file().filename(), content.file().contentType());
                event.setContentLength(content.file().size());
                try (OutputStream out = event.getOutputStream()) {
                    content.content().transferTo(out);
                }
            }
        }), filename);
        link.setId("version-download-" + version);
        link.getElement().setAttribute("title", filename);
        return link;
    }

    /** The archive of what {@code chosen} says when the link is followed (read on the download's thread). */
    Anchor zip(UUID recordId, Supplier<Chosen> chosen, String text) {
        Anchor link = new Anchor(checked(event -> {
            Chosen now = chosen.get();
            ZipSelection selection;
            try {
                selection = now == null || now.isEmpty() ? null
                        : downloads.select(recordId, now.folders(), now.files());
            } catch (InvalidFileChangeException | NoSuchElementException e) {
                selection = null;
            }
            if (selection == null) {
                event.getResponse().setStatus(404);
                return;
            }
            attachment(event, selection.reference() + ".zip", "application/zip");
            try (OutputStream out = event.getOutputStream()) {
                downloads.write(selection, out);
            }
        }), text);
        link.setId("files-zip");
        return link;
    }

    /** The record's sharing log under these nine translated headers. */
    Anchor sharingLog(UUID recordId, String reference, TableFormat format, List<String> headers, String text) {
        Anchor link = new Anchor(checked(event -> {
            attachment(event, "sharing-log-" + reference + "." + format.extension(), format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                SharingLog.write(sharingLog.of(recordId), format, out, headers);
            }
        }), text);
        link.setId("files-sharing-log-export-" + format.extension());
        return link;
    }

    private interface Download {
        void write(DownloadEvent event) throws IOException;
    }

    private DownloadHandler checked(Download download) {
        String tenant = CurrentMember.require().tenant().slug();
        return event -> {
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            // Download requests do not run with the tab's UI current: resolve the member from this request's login.
            Optional<TenantMember> member = check.current(tenant).filter(TenantMember::isStaff);
            if (member.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            try (TenantContext.Scope ignored = TenantContext.open(member.get())) {
                download.write(event);
            }
        };
    }

    private static void attachment(DownloadEvent event, String filename, String contentType) {
        event.getResponse().setHeader(HttpHeaders.CONTENT_DISPOSITION,
                FileNames.contentDisposition(filename));
        event.setContentType(contentType);
    }
}
