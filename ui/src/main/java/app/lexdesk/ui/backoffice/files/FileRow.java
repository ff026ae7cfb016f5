package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.FileVisibility;
import app.lexdesk.core.attachments.FolderSummary;
import app.lexdesk.core.attachments.RecordFileSummary;
import app.lexdesk.core.attachments.VisibilitySource;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of the files tree: a folder or a file. Rows are the same row when they are the same folder or file, so the
 * tree keeps what was expanded and selected when it reads the record again.
 */
final class FileRow {

    private final FolderSummary folder;
    private final RecordFileSummary file;

    private FileRow(FolderSummary folder, RecordFileSummary file) {
        this.folder = folder;
        this.file = file;
    }

    static FileRow of(FolderSummary folder) {
        return new FileRow(Objects.requireNonNull(folder), null);
    }

    static FileRow of(RecordFileSummary file) {
        return new FileRow(null, Objects.requireNonNull(file));
    }

    boolean isFolder() {
        return folder != null;
    }

    FolderSummary folder() {
        return folder;
    }

    RecordFileSummary file() {
        return file;
    }

    UUID id() {
        return isFolder() ? folder.id() : file.id();
    }

    String name() {
        return isFolder() ? folder.name() : file.filename();
    }

    /** The folder the row is in; null at the record's top level. */
    UUID parentId() {
        return isFolder() ? folder.parentId() : file.folderId();
    }

    FileVisibility setting() {
        return isFolder() ? folder.setting() : file.setting();
    }

    boolean visibleToRequester() {
        return isFolder() ? folder.visibleToRequester() : file.visibleToRequester();
    }

    VisibilitySource source() {
        return isFolder() ? folder.source() : file.source();
    }

    String decidedBy() {
        return isFolder() ? folder.decidedBy() : file.decidedBy();
    }

    /** The "From requester" folder, or a file the requester sent. */
    boolean fromRequester() {
        return isFolder() ? folder.fromRequester() : file.fromRequester();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileRow row && row.isFolder() == isFolder() && row.id().equals(id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(isFolder(), id());
    }

    @Override
    public String toString() {
        return (isFolder() ? "folder " : "file ") + name();
    }
}
