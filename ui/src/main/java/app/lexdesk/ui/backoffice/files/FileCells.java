package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.RecordFileSummary;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;

/** The cells of the files tree: a row's name (a file's is its download link), who uploaded it and when, its type. */
final class FileCells {

    private final Component in;
    private final Locale locale;
    private final FileLinks links;

    FileCells(Component in, Locale locale, FileLinks links) {
        this.in = in;
        this.locale = locale;
        this.links = links;
    }

    Component name(FileRow row) {
        HorizontalLayout name = new HorizontalLayout();
        name.setSpacing(false);
        name.addClassNames(LumoUtility.Gap.SMALL);
        name.setAlignItems(FlexComponent.Alignment.CENTER);
        Icon icon = (row.isFolder() ? row.fromRequester() ? VaadinIcon.INBOX : VaadinIcon.FOLDER_O
                : VaadinIcon.FILE_O).create();
        // A long name wraps; the icon keeps its size (and stays a place where a click selects the row).
        icon.addClassNames(LumoUtility.Flex.SHRINK_NONE, LumoUtility.IconSize.SMALL);
        name.add(icon);
        if (row.isFolder()) {
            Span folderName = new Span(row.name());
            if (row.fromRequester()) {
                folderName.getElement().setAttribute("title", in.getTranslation("files.from-requester.folder"));
            }
            name.add(folderName);
            return name;
        }
        RecordFileSummary f = row.file();
        name.add(links.download(new AttachmentSummary(f.id(), f.filename(), f.contentType(), f.size(), f.sha256(),
                f.visibleToRequester(), f.uploadedAt())));
        if (f.fromRequester()) {
            Span from = new Span(in.getTranslation("files.from-requester"));
            from.getElement().getThemeList().add("badge small");
            from.addClassNames("lexdesk-from-requester", LumoUtility.Flex.SHRINK_NONE);
            name.add(from);
        }
        return name;
    }

    Component uploaded(FileRow row) {
        if (row.isFolder()) {
            return new Span();
        }
        Span by = new Span(row.file().uploadedBy() == null ? "—" : row.file().uploadedBy());
        Span at = new Span(Formats.dateTime(row.file().uploadedAt(), locale));
        at.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
        Div both = new Div(by, at);
        both.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.LineHeight.XSMALL);
        return both;
    }

    /** "PDF", "DOCX": short where a type can be long; the type detected from the bytes shows on hover. */
    static String type(RecordFileSummary file) {
        String name = file.filename();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).toUpperCase(Locale.ROOT)
                : file.contentType();
    }

}
