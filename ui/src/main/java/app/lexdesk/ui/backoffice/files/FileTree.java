package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.attachments.FolderSummary;
import app.lexdesk.core.attachments.RecordFileSummary;
import app.lexdesk.core.attachments.RecordFiles;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A record's folders and files as the tree shows them: in each folder its subfolders first, then its files, both in
 * the core's order. The core lists folders by path with "From requester" last, so a subfolder of that folder can come
 * before it: the tree is built by parent, not in list order.
 */
final class FileTree {

    private FileTree() {
    }

    static TreeData<FileRow> of(RecordFiles files) {
        Set<UUID> known = new HashSet<>();
        files.folders().forEach(f -> known.add(f.id()));
        Map<UUID, List<FolderSummary>> subfolders = new HashMap<>();
        Map<UUID, List<RecordFileSummary>> filesIn = new HashMap<>();
        for (FolderSummary f : files.folders()) {
            subfolders.computeIfAbsent(known.contains(f.parentId()) ? f.parentId() : null, k -> new ArrayList<>())
                    .add(f);
        }
        for (RecordFileSummary f : files.files()) {
            filesIn.computeIfAbsent(known.contains(f.folderId()) ? f.folderId() : null, k -> new ArrayList<>())
                    .add(f);
        }
        TreeData<FileRow> data = new TreeData<>();
        addChildren(data, null, subfolders, filesIn);
        return data;
    }

    /** Every row, each folder before what it holds. */
    static List<FileRow> rows(TreeData<FileRow> data) {
        List<FileRow> rows = new ArrayList<>();
        List<FileRow> todo = new ArrayList<>(data.getRootItems());
        while (!todo.isEmpty()) {
            FileRow row = todo.remove(0);
            rows.add(row);
            todo.addAll(0, data.getChildren(row));
        }
        return rows;
    }

    private static void addChildren(TreeData<FileRow> data, FileRow parent, Map<UUID, List<FolderSummary>> subfolders,
            Map<UUID, List<RecordFileSummary>> filesIn) {
        UUID parentId = parent == null ? null : parent.id();
        for (FolderSummary f : subfolders.getOrDefault(parentId, List.of())) {
            FileRow row = FileRow.of(f);
            data.addItem(parent, row);
            addChildren(data, row, subfolders, filesIn);
        }
        for (RecordFileSummary f : filesIn.getOrDefault(parentId, List.of())) {
            data.addItem(parent, FileRow.of(f));
        }
    }
}
