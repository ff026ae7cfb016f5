package app.lexdesk.ui.common;

import com.vaadin.flow.component.Component;

/** A file's size as readers of the tab's language write it: kilobytes up to a megabyte, then megabytes (KB / Ko). */
public final class FileSizes {

    private FileSizes() {
    }

    public static String of(Component in, long bytes) {
        if (bytes < 1024 * 1024) {
            return in.getTranslation("common.size.kb", Math.max(1, (bytes + 1023) / 1024));
        }
        return in.getTranslation("common.size.mb", bytes / (1024.0 * 1024.0));
    }
}
