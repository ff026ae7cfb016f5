package app.lexdesk.core.attachments;

import java.util.List;

/** The live folders and files of a record, folders in path order and files by folder and name. */
public record RecordFiles(List<FolderSummary> folders, List<RecordFileSummary> files) {

    public RecordFiles {
        folders = List.copyOf(folders);
        files = List.copyOf(files);
    }
}
