package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.FileVisibility;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * What the requester sees of a file or folder and why, in words (never by colour alone): "Visible — from folder
 * Contracts", "Hidden — set on this file", "Hidden (not shared)"; and the three settings as the visibility choice
 * names them.
 */
final class VisibilityLabels {

    private VisibilityLabels() {
    }

    static String text(Component in, FileRow row) {
        boolean visible = row.visibleToRequester();
        return switch (row.source()) {
            case ITEM -> row.isFolder()
                    ? in.getTranslation(visible ? "files.label.visible-folder" : "files.label.hidden-folder")
                    : in.getTranslation(visible ? "files.label.visible-file" : "files.label.hidden-file");
            case FOLDER -> in.getTranslation(visible ? "files.label.visible-from" : "files.label.hidden-from",
                    row.decidedBy());
            case DEFAULT -> in.getTranslation(visible ? "files.label.visible" : "files.label.not-shared");
        };
    }

    /** The label as a badge: green for what the requester sees, grey for the rest. */
    static Span badge(Component in, FileRow row) {
        Span badge = new Span(text(in, row));
        badge.getElement().getThemeList().add(row.visibleToRequester() ? "badge success" : "badge contrast");
        badge.addClassNames("lexdesk-visibility", row.visibleToRequester() ? "lexdesk-visible" : "lexdesk-hidden");
        return badge;
    }

    /** A setting as the choice offers it; following says what it would give now. */
    static String option(Component in, FileVisibility setting, boolean folderShows) {
        return switch (setting) {
            case FOLLOW_FOLDER -> in.getTranslation(folderShows ? "files.visibility.follow-visible"
                    : "files.visibility.follow-hidden");
            case VISIBLE -> in.getTranslation("files.visibility.visible");
            case HIDDEN -> in.getTranslation("files.visibility.hidden");
        };
    }

    /** A setting as the sharing log shows it. */
    static String setting(Component in, String setting) {
        if (setting == null || setting.isEmpty()) {
            return "—";
        }
        return switch (setting) {
            case "FOLLOW_FOLDER" -> in.getTranslation("files.setting.follow");
            case "VISIBLE" -> in.getTranslation("files.setting.visible");
            case "HIDDEN" -> in.getTranslation("files.setting.hidden");
            default -> setting;
        };
    }
}
