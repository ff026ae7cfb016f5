package app.lexdesk.ui.portal.home;

import app.lexdesk.core.export.TableFormat;
import app.lexdesk.core.portal.PortalQuery;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.MemberCheck;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "Export" on My requests: XLSX or CSV of exactly the requests the list's filter finds, every page of them, written by
 * the core ({@link PortalService#export}) with the list's headers in the reader's language. The download runs in a
 * request of its own, outside the tab's lock: the login's membership is checked again as of then and the rows are
 * read under that member's rights.
 */
class PortalExportMenu extends MenuBar {

    private final PortalService portal;
    private final MemberCheck check;
    private final AtomicReference<Prepared> prepared = new AtomicReference<>();

    PortalExportMenu(PortalService portal, MemberCheck check) {
        this.portal = portal;
        this.check = check;
        setId("my-requests-export");
        ComponentTexts.apply(this);
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        MenuItem export = addItem(VaadinIcon.DOWNLOAD_ALT.create());
        export.add(getTranslation("list.export"));
        export.getElement().setAttribute("aria-label", getTranslation("list.export"));
        export.getSubMenu().addItem(link(TableFormat.XLSX, getTranslation("list.export.xlsx")));
        export.getSubMenu().addItem(link(TableFormat.CSV, getTranslation("list.export.csv")));
    }

    /** What a download writes from now on: the requests {@code query} finds. */
    void prepare(PortalQuery query) {
        prepared.set(new Prepared(CurrentMember.require().tenant().slug(), getTranslation("portal.export.file"),
                query, List.of(
                getTranslation("list.reference"), getTranslation("request.field.subject"),
                getTranslation("portal.list.kind"), getTranslation("request.field.type"),
                getTranslation("list.status"), getTranslation("portal.request.assignee"),
                getTranslation("request.field.submitted"), getTranslation("portal.list.last-update"),
                getTranslation("request.field.requester")), getLocale()));
    }

    private Anchor link(TableFormat format, String text) {
        Anchor link = new Anchor(event -> download(event, format), AttachmentType.DOWNLOAD, text);
        link.setId("my-requests-export-" + format.extension());
        return link;
    }

    private void download(DownloadEvent event, TableFormat format) throws IOException {
        event.getResponse().setHeader("Cache-Control", "private, no-store");
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        Prepared export = prepared.get();
        Optional<TenantMember> member = export == null ? Optional.empty() : check.current(export.slug());
        if (member.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(export.fileName() + "-" + LocalDate.now(ZoneId.of("Europe/Paris")) + "."
                + format.extension());
        event.setContentType(format.contentType());
        try (TenantContext.Scope ignored = TenantContext.open(member.get());
                OutputStream out = event.getOutputStream()) {
            portal.export(export.query(), format, out, export.headers(), export.locale());
        }
    }

    private record Prepared(String slug, String fileName, PortalQuery query, List<String> headers, Locale locale) {
    }
}
