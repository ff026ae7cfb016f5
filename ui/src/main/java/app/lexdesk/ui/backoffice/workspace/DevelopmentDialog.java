package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.developments.AddKeyDevelopment;
import app.lexdesk.core.developments.KeyDevelopmentService;
import app.lexdesk.ui.common.ComponentTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;

/** Adds a key development: date, title, text and an explicit choice of whether the requester sees it. */
class DevelopmentDialog extends Dialog {

    private final KeyDevelopmentService developments;
    private final UUID recordId;
    private final Runnable added;
    private final DatePicker date = new DatePicker();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final RadioButtonGroup<Boolean> visible = new RadioButtonGroup<>();
    private final FieldErrors errors = new FieldErrors(this);

    DevelopmentDialog(KeyDevelopmentService developments, UUID recordId, Runnable added) {
        this.developments = developments;
        this.recordId = recordId;
        this.added = added;
        setId("development-dialog");
        setHeaderTitle(getTranslation("developments.add"));
        date.setId("development-date");
        ComponentTexts.apply(date);
        date.setLabel(getTranslation("developments.date"));
        date.setValue(LocalDate.now());
        title.setId("development-title");
        title.setLabel(getTranslation("developments.title"));
        title.setMaxLength(AddKeyDevelopment.TITLE_MAX);
        title.setWidthFull();
        text.setId("development-text");
        text.setLabel(getTranslation("developments.text"));
        text.setMaxLength(AddKeyDevelopment.TEXT_MAX);
        text.setWidthFull();
        visible.setId("development-visibility");
        visible.setLabel(getTranslation("developments.visibility"));
        visible.setItems(Boolean.TRUE, Boolean.FALSE);
        visible.setItemLabelGenerator(v -> v ? getTranslation("developments.visible")
                : getTranslation("developments.internal"));
        visible.addValueChangeListener(e -> visible.setInvalid(false));
        errors.on("date", date).on("title", title).on("text", text).on("visibleToRequester", visible);
        VerticalLayout form = new VerticalLayout(date, title, text, visible);
        form.setPadding(false);
        form.setMinWidth("28rem");
        add(form);
        Button save = new Button(getTranslation("developments.save"), e -> save());
        save.setId("development-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        if (visible.getValue() == null) {
            // Refused here and again by the core: the choice is the author's every time.
            errors.show(visible, "developments.error.choose-visibility");
            return;
        }
        try {
            developments.add(recordId, new AddKeyDevelopment(date.getValue(), title.getValue(), text.getValue(),
                    visible.getValue()));
        } catch (InvalidParameterException e) {
            if (!errors.show(e)) {
                errors.show(title, "workspace.error.invalid");
            }
            return;
        }
        close();
        added.run();
    }
}
