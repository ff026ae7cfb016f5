package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.workflows.InvalidWorkflowException;
import app.lexdesk.core.workflows.SaveStatus;
import app.lexdesk.core.workflows.StatusInUseException;
import app.lexdesk.core.workflows.Workflow;
import app.lexdesk.core.workflows.WorkflowProblem;
import app.lexdesk.core.workflows.WorkflowService;
import app.lexdesk.ui.common.ComponentTexts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings → Workflows: for matters or contracts, the statuses in order (names, portal labels, category, initial,
 * final, where a record may move from each) and a form to add or change one, or delete one no record is in. The
 * core checks everything; its refusals land on the field they name.
 */
class WorkflowEditor extends VerticalLayout {

    private final WorkflowService workflows;
    private final Select<RecordKind> kind = new Select<>();
    private final Grid<RecordStatus> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField nameFr = new TextField();
    private final TextField labelEn = new TextField();
    private final TextField labelFr = new TextField();
    private final Select<StatusCategory> category = new Select<>();
    private final Checkbox initial = new Checkbox();
    private final Checkbox finalStatus = new Checkbox();
    private final MultiSelectComboBox<String> next = new MultiSelectComboBox<>();
    private final Button delete = new Button();
    private final Span formError = new Span();
    private final FormLayout form = new FormLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private Workflow workflow;

    WorkflowEditor(WorkflowService workflows) {
        this.workflows = workflows;
        setId("workflow-editor");
        setPadding(false);
        kind.setId("workflow-kind");
        kind.setLabel(getTranslation("workflow.kind"));
        kind.setItems(RecordKind.values());
        kind.setItemLabelGenerator(k -> k == RecordKind.MATTER ? getTranslation("workflow.kind.matter")
                : getTranslation("workflow.kind.contract"));
        kind.addValueChangeListener(e -> load());
        grid.setId("workflow-statuses");
        grid.setAllRowsVisible(true);
        grid.addColumn(RecordStatus::code).setHeader(getTranslation("workflow.code")).setAutoWidth(true);
        grid.addColumn(s -> s.name(getLocale())).setHeader(getTranslation("workflow.name")).setFlexGrow(1);
        grid.addColumn(s -> s.portalLabel(getLocale())).setHeader(getTranslation("workflow.portal-label"))
                .setFlexGrow(1);
        grid.addColumn(s -> categoryName(s.category())).setHeader(getTranslation("workflow.category"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.initial() ? getTranslation("workflow.initial") : s.finalStatus()
                ? getTranslation("workflow.final") : "").setHeader(getTranslation("workflow.role")).setAutoWidth(true);
        grid.addColumn(s -> workflow.from(s.code()).stream().map(n -> n.name(getLocale()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("workflow.next")).setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        code.setId("workflow-status-code");
        code.setLabel(getTranslation("workflow.code"));
        code.setHelperText(getTranslation("workflow.code.help"));
        nameEn.setId("workflow-status-name-en");
        nameEn.setLabel(getTranslation("workflow.name.en"));
        nameFr.setId("workflow-status-name-fr");
        nameFr.setLabel(getTranslation("workflow.name.fr"));
        labelEn.setId("workflow-status-label-en");
        labelEn.setLabel(getTranslation("workflow.portal-label.en"));
        labelFr.setId("workflow-status-label-fr");
        labelFr.setLabel(getTranslation("workflow.portal-label.fr"));
        for (TextField field : new TextField[] {nameEn, nameFr, labelEn, labelFr}) {
            field.setMaxLength(SaveStatus.NAME_MAX);
        }
        category.setId("workflow-status-category");
        category.setLabel(getTranslation("workflow.category"));
        category.setItems(StatusCategory.values());
        category.setItemLabelGenerator(this::categoryName);
        initial.setId("workflow-status-initial");
        initial.setLabel(getTranslation("workflow.initial"));
        finalStatus.setId("workflow-status-final");
        finalStatus.setLabel(getTranslation("workflow.final"));
        next.setId("workflow-status-next");
        ComponentTexts.apply(next);
        next.setLabel(getTranslation("workflow.next"));
        formError.setId("workflow-error");
        formError.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        Button add = new Button(getTranslation("workflow.status.new"), e -> edit(null));
        add.setId("workflow-new-status");
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("workflow-save-status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("workflow.status.delete"));
        delete.setId("workflow-delete-status");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> delete());
        form.add(code, category, nameEn, nameFr, labelEn, labelFr, initial, finalStatus, next);
        form.setColspan(next, 2);
        form.setVisible(false);
        actions.add(save, delete);
        actions.setId("workflow-actions");
        actions.setVisible(false);
        add(kind, grid, add, form, formError, actions);
        kind.setValue(RecordKind.MATTER);
    }

    private void load() {
        workflow = workflows.workflow(kind.getValue());
        grid.setItems(workflow.statuses());
        form.setVisible(false);
        formError.setText("");
        actions.setVisible(false);
    }

    /** Fills the form with {@code status}, or empties it for a new one. */
    private void edit(RecordStatus status) {
        clearErrors();
        boolean fresh = status == null;
        code.setValue(fresh ? "" : status.code());
        code.setReadOnly(!fresh);
        nameEn.setValue(fresh ? "" : status.nameEn());
        nameFr.setValue(fresh ? "" : status.nameFr());
        labelEn.setValue(fresh ? "" : status.portalLabelEn());
        labelFr.setValue(fresh ? "" : status.portalLabelFr());
        category.setValue(fresh ? StatusCategory.OPEN : status.category());
        initial.setValue(!fresh && status.initial());
        finalStatus.setValue(!fresh && status.finalStatus());
        next.setItems(workflow.statuses().stream().map(RecordStatus::code)
                .filter(c -> fresh || !c.equals(status.code())).toList());
        next.setItemLabelGenerator(c -> workflow.status(c).map(s -> s.name(getLocale())).orElse(c));
        next.setValue(fresh ? Set.of() : workflow.from(status.code()).stream().map(RecordStatus::code)
                .collect(Collectors.toSet()));
        delete.setVisible(!fresh);
        form.setVisible(true);
        actions.setVisible(true);
    }

    private void save() {
        clearErrors();
        try {
            workflow = workflows.saveStatus(kind.getValue(), new SaveStatus(code.getValue().strip(),
                    nameEn.getValue(), nameFr.getValue(), labelEn.getValue(), labelFr.getValue(),
                    category.getValue(), initial.getValue(), finalStatus.getValue(), next.getValue()));
            grid.setItems(workflow.statuses());
            code.setReadOnly(true);
            Notification.show(getTranslation("settings.saved"));
        } catch (InvalidWorkflowException e) {
            e.problems().forEach(this::mark);
        }
    }

    private void delete() {
        clearErrors();
        try {
            workflow = workflows.deleteStatus(kind.getValue(), code.getValue());
            load();
            Notification.show(getTranslation("workflow.status.deleted"));
        } catch (StatusInUseException e) {
            formError.setText(getTranslation("workflow.error.in-use", e.records()));
        } catch (InvalidWorkflowException e) {
            e.problems().forEach(this::mark);
        }
    }

    private void mark(WorkflowProblem problem) {
        Map<String, HasValidation> fields = Map.of("code", code, "nameEn", nameEn, "nameFr", nameFr,
                "portalLabelEn", labelEn, "portalLabelFr", labelFr, "category", category, "next", next);
        String message = switch (problem.code()) {
            case "invalid-code" -> getTranslation("workflow.error.invalid-code");
            case "required" -> getTranslation("request.error.required");
            case "too-long" -> getTranslation("request.error.too-long");
            case "to-itself" -> getTranslation("workflow.error.to-itself");
            case "unknown-status" -> getTranslation("workflow.error.unknown-status");
            case "one-initial" -> getTranslation("workflow.error.one-initial");
            case "initial-status" -> getTranslation("workflow.error.initial-delete");
            default -> getTranslation("request.error.other");
        };
        HasValidation field = fields.get(problem.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            formError.setText(message);
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {code, nameEn, nameFr, labelEn, labelFr, category, next}) {
            field.setInvalid(false);
        }
        formError.setText("");
    }

    private String categoryName(StatusCategory c) {
        return switch (c) {
            case OPEN -> getTranslation("workflow.category.open");
            case WAITING -> getTranslation("workflow.category.waiting");
            case CLOSED -> getTranslation("workflow.category.closed");
        };
    }

    Workflow shown() {
        return workflow;
    }
}
