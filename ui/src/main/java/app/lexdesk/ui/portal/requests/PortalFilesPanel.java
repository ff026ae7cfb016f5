package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.PortalFile;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.ui.common.CheckedUploads;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.FileSizes;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * The files of a request exactly as the core's one rule gives them to its requester ({@link PortalService}'s
 * details): each with the green stripe and a label ("Shared with you", "Sent by you"), in the shared folders they are
 * in; and, for someone who may act on the request, "Send files", whose files go to the record's "From requester"
 * folder and show here once stored.
 */
class PortalFilesPanel extends VerticalLayout {

    private final FileLinks links;
    private final Div list = new Div();

    /**
     * @param sender where "Send files" puts each file, null to show the files read only
     * @param stored after a file was sent, in the tab (re-read what shows the files)
     */
    PortalFilesPanel(PortalRequestPanel.Services services, CheckedUploads.Receiver sender, Runnable stored) {
        this.links = services.links();
        setId("portal-files");
        setPadding(false);
        list.setWidthFull();
        add(new H3(getTranslation("portal.files.title")), list);
        if (sender != null) {
            Upload upload = new Upload(new CheckedUploads(services.check(), CurrentMember.require().tenant().slug(),
                    sender, stored, (name, refusal) -> {
                        Notification shown = Notification.show(CheckedUploads.reason(this, name, refusal));
                        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }));
            upload.setId("portal-send-files");
            CheckedUploads.limit(upload, services.attachments().maxFileSize());
            upload.setWidthFull();
            ComponentTexts.apply(upload);
            upload.setDropLabel(new Span(getTranslation("portal.files.drop")));
            Paragraph help = new Paragraph(getTranslation("portal.files.send.help"));
            help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            add(new H3(getTranslation("portal.files.send")), help, upload);
        }
    }

    void show(List<PortalFile> files) {
        list.removeAll();
        if (files.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.files.none"));
            none.setId("request-files-none");
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
            return;
        }
        Grid<PortalFile> grid = new Grid<>();
        grid.setId("request-files");
        grid.setAllRowsVisible(true);
        // Everything listed here is visible to the requester: every row carries the stripe, and a label says so.
        grid.setPartNameGenerator(f -> "visible-to-portal");
        grid.addComponentColumn(f -> links.download(new AttachmentSummary(f.id(), f.filename(), f.contentType(),
                f.size(), null, true, f.uploadedAt()))).setHeader(getTranslation("files.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(f -> f.folder().isEmpty() ? "—" : f.folder()).setHeader(getTranslation("portal.files.folder"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::label).setHeader(getTranslation("portal.files.status")).setAutoWidth(true);
        grid.addColumn(f -> FileSizes.of(this, f.size())).setHeader(getTranslation("files.size"))
                .setAutoWidth(true);
        grid.addColumn(f -> Formats.dateTime(f.uploadedAt(), getLocale())).setHeader(getTranslation("files.uploaded"))
                .setAutoWidth(true);
        grid.setItems(files);
        list.add(grid);
    }

    private Span label(PortalFile file) {
        Span label = new Span(getTranslation(file.fromRequester() ? "portal.files.sent" : "portal.files.shared"));
        label.getElement().getThemeList().add("badge success");
        label.addClassNames("lexdesk-visibility", "lexdesk-visible");
        return label;
    }
}
