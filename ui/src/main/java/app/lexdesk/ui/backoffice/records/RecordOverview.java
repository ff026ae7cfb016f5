package app.lexdesk.ui.backoffice.records;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.intake.ClassificationSuggestion;
import app.lexdesk.core.intake.IntakeService;
import app.lexdesk.core.intake.RequestDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.records.Change;
import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.InvalidRecordChangeException;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.ui.backoffice.attachments.AttachmentsGrid;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.RequestDetailsPanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record's Overview tab: the editable description; where the record was classified and why, with "Re-classify",
 * which runs the tenant's classifiers again and shows what they say before the user confirms a move; and the request
 * as submitted with the record's files (read only; the Files tab works them).
 */
public class RecordOverview extends VerticalLayout {

    /** How the page's kind names and applies a classification target (a board, a contract type). */
    public record Placement(Function<String, String> name, Supplier<String> current, Consumer<String> moveTo) {
    }

    private final Paragraph suggestion = new Paragraph();
    private final HorizontalLayout suggestionRow = new HorizontalLayout();

    public RecordOverview(RecordWorkService work, RecordHeaderBar header, IntakeService intake,
            RequestTypeService types, AttachmentService attachments, FileLinks links, Placement placement) {
        setId("record-overview");
        setPadding(false);
        TextArea description = new TextArea(getTranslation("record.description"));
        description.setId("record-description");
        description.setWidthFull();
        description.setMaxLength(EditRecord.DESCRIPTION_MAX);
        description.setValue(header.header().description() == null ? "" : header.header().description());
        Button save = new Button(getTranslation("record.description.save"), e -> {
            try {
                description.setInvalid(false);
                if (header.attempt(() -> work.edit(header.header().kind(), header.header().reference(),
                        header.header().version(), new EditRecord(Change.to(description.getValue()), null, null)))) {
                    Notification.show(getTranslation("record.saved"));
                }
            } catch (InvalidRecordChangeException ex) {
                description.setErrorMessage(getTranslation("record.description.too-long"));
                description.setInvalid(true);
            }
        });
        save.setId("save-description");
        add(description, save);
        UUID requestId = header.header().requestId();
        if (requestId == null) {
            return;
        }
        Optional<RequestDetails> submitted = intake.findById(requestId);
        submitted.ifPresent(r -> {
            Paragraph classification = new Paragraph(getTranslation("record.classification",
                    r.target() == null ? getTranslation("record.unclassified") : placement.name().apply(r.target()),
                    r.classification() == null ? "" : r.classification()));
            classification.setId("record-classification");
            classification.addClassNames(LumoUtility.TextColor.SECONDARY);
            Button reclassify = new Button(getTranslation("record.reclassify"),
                    e -> suggest(intake.reclassify(r.id()).orElse(null), placement));
            reclassify.setId("reclassify");
            reclassify.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            suggestion.setId("reclassify-suggestion");
            suggestionRow.add(suggestion);
            suggestionRow.setVisible(false);
            // The record's files, read only: the Files tab is where they are filed, shared and hidden.
            Paragraph filesHint = new Paragraph(getTranslation("record.files.hint"));
            filesHint.setId("record-files-hint");
            filesHint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            add(new HorizontalLayout(classification, reclassify), suggestionRow,
                    new RequestDetailsPanel(r, types.find(r.typeCode()), getLocale()),
                    new H3(getTranslation("request.files")), new AttachmentsGrid(attachments, links, r.id()),
                    filesHint);
        });
    }

    private void suggest(ClassificationSuggestion suggested, Placement placement) {
        suggestionRow.removeAll();
        suggestionRow.add(suggestion);
        suggestionRow.setVisible(true);
        if (suggested == null || suggested.target() == null) {
            suggestion.setText(getTranslation("record.reclassify.none"));
            return;
        }
        String name = placement.name().apply(suggested.target());
        if (Objects.equals(suggested.target(), placement.current().get())) {
            suggestion.setText(getTranslation("record.reclassify.same", name, suggested.reason()));
            return;
        }
        suggestion.setText(getTranslation("record.reclassify.suggests", name, suggested.reason()));
        Button confirm = new Button(getTranslation("record.reclassify.confirm", name), e -> {
            placement.moveTo().accept(suggested.target());
            suggestionRow.setVisible(false);
        });
        confirm.setId("reclassify-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        suggestionRow.add(confirm);
    }
}
