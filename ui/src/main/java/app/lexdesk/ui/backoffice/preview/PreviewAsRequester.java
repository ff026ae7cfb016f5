package app.lexdesk.ui.backoffice.preview;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.portal.PortalRequestDetails;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.ui.backoffice.records.RecordHeaderAction;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.portal.requests.PortalRequestPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.util.Optional;
import java.util.UUID;

/**
 * The header's "Preview as requester", on records someone asked for (they have a requester): opens the requester's
 * page of the record, as the core builds it for them, in a read-only dialog.
 */
@org.springframework.stereotype.Component
class PreviewAsRequester implements RecordHeaderAction {

    private final PortalService portal;
    private final PortalRequestPanel.Services services;

    PreviewAsRequester(PortalService portal, AttachmentService attachments, RequestTypeService types, FileLinks links,
            MemberCheck check) {
        this.portal = portal;
        this.services = new PortalRequestPanel.Services(portal, attachments, types, links, check);
    }

    @Override
    public Optional<Component> create(RecordHeader record) {
        if (record.requesterId() == null) {
            return Optional.empty();
        }
        Button preview = new Button(VaadinIcon.EYE.create());
        preview.setText(preview.getTranslation("preview.open"));
        preview.setId("preview-as-requester");
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        preview.addClickListener(e -> open(record.id(), preview));
        return Optional.of(preview);
    }

    private void open(UUID recordId, Component in) {
        // Read when asked, not when the page opens: the preview shows what the requester sees now.
        Optional<PortalRequestDetails> details = portal.preview(recordId);
        if (details.isEmpty()) {
            Notification.show(in.getTranslation("preview.none"));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("requester-preview");
        dialog.setHeaderTitle(in.getTranslation("preview.title", details.get().summary().requesterName()));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(new PortalRequestPanel(services, details.get(), null));
        Button close = new Button(in.getTranslation("preview.close"), e -> dialog.close());
        close.setId("requester-preview-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
