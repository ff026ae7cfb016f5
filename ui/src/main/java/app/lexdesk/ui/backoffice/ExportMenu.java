package app.lexdesk.ui.backoffice;

import app.lexdesk.core.export.TableExport;
import app.lexdesk.core.export.TableFormat;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.MemberCheck;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.domain.Sort;

/**
 * "Export" on a list: XLSX or CSV of exactly what the list's filter shows, every page of it, with the columns the list
 * shows. The list {@linkplain #prepare prepares} what a download writes each time its filter or sort changes; the
 * download itself runs in a request of its own, outside the tab's lock, so it checks the login's membership again as
 * of that moment and reads the rows under that member's rights, one page at a time, as it writes them.
 */
public class ExportMenu<T> extends MenuBar {

    private final MemberCheck check;
    private final AtomicReference<Prepared<T>> prepared = new AtomicReference<>();

    public ExportMenu(String idPrefix, MemberCheck check) {
        this.check = check;
        setId(idPrefix + "-export");
        ComponentTexts.apply(this);
        addClassName(LumoUtility.Margin.Left.AUTO);
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        MenuItem export = addItem(VaadinIcon.DOWNLOAD_ALT.create());
        export.add(getTranslation("list.export"));
        export.getElement().setAttribute("aria-label", getTranslation("list.export"));
        export.getSubMenu().addItem(link(idPrefix, TableFormat.XLSX, getTranslation("list.export.xlsx")));
        export.getSubMenu().addItem(link(idPrefix, TableFormat.CSV, getTranslation("list.export.csv")));
    }

    /**
     * What a download writes from now on: {@code columns} as headers and cells, the rows of {@code pages} (which must
     * keep one order between calls: see {@link #stable}), in a file named {@code fileName} and today's date.
     */
    public void prepare(String fileName, String sheetName, List<TableExport.Column<T>> columns,
            TableExport.PageSource<T> pages) {
        prepared.set(new Prepared<>(CurrentMember.require().tenant().slug(), fileName, sheetName, columns, pages));
    }

    /**
     * The list's sort (newest first when none) and then the id, so pages read at offsets neither skip nor repeat
     * rows that tie on the sort.
     */
    public static Sort stable(List<QuerySortOrder> orders) {
        Sort sort = Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.ASCENDING
                ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted())).toList());
        return (sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "createdAt") : sort).and(Sort.by("id"));
    }

    private Anchor link(String idPrefix, TableFormat format, String text) {
        Anchor link = new Anchor(event -> download(event, format), AttachmentType.DOWNLOAD, text);
        link.setId(idPrefix + "-export-" + format.extension());
        return link;
    }

    private void download(DownloadEvent event, TableFormat format) throws IOException {
        event.getResponse().setHeader("Cache-Control", "private, no-store");
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        Prepared<T> export = prepared.get();
        Optional<TenantMember> member = export == null ? Optional.empty() : check.current(export.slug());
        if (member.isEmpty() || !member.get().isStaff()) {
            event.getResponse().setStatus(404);
            return;
        }
        event.setFileName(export.fileName() + "-" + LocalDate.now(ZoneId.of("Europe/Paris")) + "."
                + format.extension());
        event.setContentType(format.contentType());
        try (TenantContext.Scope ignored = TenantContext.open(member.get());
                OutputStream out = event.getOutputStream()) {
            new TableExport<>(export.columns()).write(format, export.sheetName(), export.pages(), out);
        }
    }

    private record Prepared<T>(String slug, String fileName, String sheetName, List<TableExport.Column<T>> columns,
            TableExport.PageSource<T> pages) {
    }
}
