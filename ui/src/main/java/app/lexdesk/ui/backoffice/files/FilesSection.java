package app.lexdesk.ui.backoffice.files;

import app.lexdesk.core.activity.SharingLog;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.MemberCheck;
import com.vaadin.flow.component.Component;

/** The record page's files: folders, uploads, what the requester sees of each, versions and the sharing log. */
@org.springframework.stereotype.Component
class FilesSection implements RecordSection {

    private final FilesPanel.Services services;

    FilesSection(RecordFileService files, AttachmentService attachments, FileLinks links, StaffDownloads downloads,
            SharingLog sharingLog, MemberCheck check) {
        this.services = new FilesPanel.Services(files, attachments, links, downloads, sharingLog, check);
    }

    @Override
    public String titleKey() {
        return "record.section.files";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create(RecordContext record) {
        return new FilesPanel(services, record);
    }
}
