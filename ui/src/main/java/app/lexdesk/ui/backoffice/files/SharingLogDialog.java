package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.activity.SharingLog;
import app.lexdesk.core.activity.SharingLogEntry;
import app.lexdesk.core.export.TableFormat;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * The record's sharing log, newest first: who changed what the requester sees of which file or folder, from which
 * setting to which, and which files the requester gained or lost by it; exported as CSV or XLSX.
 */
class SharingLogDialog extends Dialog {

    SharingLogDialog(SharingLog log, StaffDownloads downloads, RecordContext record) {
        setId("files-sharing-log-dialog");
        setHeaderTitle(getTranslation("files.log.title"));
        setWidth("72rem");
        Grid<SharingLogEntry> grid = new Grid<>();
        grid.setId("files-sharing-log-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("files.log.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorName() == null ? "" : e.actorName()).setHeader(getTranslation("files.log.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.folder() ? "files.log.folder" : "files.log.file", e.item()))
                .setHeader(getTranslation("files.log.item")).setAutoWidth(true);
        grid.addColumn(e -> e.path().isEmpty() ? getTranslation("files.top-level") : e.path())
                .setHeader(getTranslation("files.log.path")).setAutoWidth(true);
        grid.addColumn(e -> VisibilityLabels.setting(this, e.before()) + " → " + VisibilityLabels.setting(this,
                e.after())).setHeader(getTranslation("files.log.change")).setAutoWidth(true);
        grid.addColumn(e -> String.join(", ", e.shared())).setHeader(getTranslation("files.log.shared"))
                .setAutoWidth(true);
        grid.addColumn(e -> String.join(", ", e.hidden())).setHeader(getTranslation("files.log.hidden"))
                .setAutoWidth(true);
        grid.setItems(log.of(record.recordId()));
        List<String> headers = List.of(getTranslation("files.log.when"), getTranslation("files.log.who"),
                getTranslation("files.log.kind"), getTranslation("files.log.item"), getTranslation("files.log.path"),
                getTranslation("files.log.before"), getTranslation("files.log.after"),
                getTranslation("files.log.shared"), getTranslation("files.log.hidden"));
        HorizontalLayout export = new HorizontalLayout(
                downloads.sharingLog(record.recordId(), record.reference(), TableFormat.XLSX, headers,
                        getTranslation("list.export.xlsx")),
                downloads.sharingLog(record.recordId(), record.reference(), TableFormat.CSV, headers,
                        getTranslation("list.export.csv")));
        add(grid);
        getFooter().add(export, new Button(getTranslation("files.close"), e -> close()));
    }
}
