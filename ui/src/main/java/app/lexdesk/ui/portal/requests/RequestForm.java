package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldProblem;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.SubmitRequest;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.UploadRefusedException;
import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.ui.common.MessageKeys;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The form of one request type: subject, description and the type's typed fields. Knows nothing of the
 * core's rules beyond the definitions: the core validates, and {@link #show(List)} puts its problems on
 * the fields they name.
 */
class RequestForm extends FormLayout {

    static final int SUBJECT_MAX = 200;

    private final RequestTypeDetails type;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final TextField subject = new TextField();
    private final TextArea description = new TextArea();
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final List<AttachmentSummary> uploaded = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Upload upload;

    /** Stores one uploaded file for the current member (called on an upload request thread). */
    interface Uploader {
        AttachmentSummary upload(String filename, long size, InputStream content);
    }

    RequestForm(RequestTypeDetails type, Locale locale) {
        this(type, locale, null, 0);
    }

    /** With an {@code uploader}, the form takes attachments up to {@code maxFileSize} bytes each. */
    RequestForm(RequestTypeDetails type, Locale locale, Uploader uploader, long maxFileSize) {
        this.type = type;
        setId("request-form");
        subject.setLabel(getTranslation("request.field.subject"));
        subject.setId("field-subject");
        subject.setRequiredIndicatorVisible(true);
        subject.setMaxLength(SUBJECT_MAX);
        subject.setWidthFull();
        add(subject, 2);
        for (FieldDefinition definition : type.fields()) {
            Component input = input(definition, locale);
            input.setId("field-" + definition.code());
            fields.put(definition.code(), (HasValue<?, ?>) input);
            add(input);
        }
        description.setLabel(getTranslation("request.field.description"));
        description.setId("field-description");
        description.setMaxLength(20_000);
        description.setMinHeight("8em");
        add(description, 2);
        if (uploader != null) {
            add(attachments(uploader, maxFileSize), 2);
        }
    }

    private Upload attachments(Uploader uploader, long maxFileSize) {
        // Streamed as it arrives, its size unknown (-1: when Vaadin streams a multipart body, getFileSize() is the
        // whole request's length): the core counts the bytes against the tenant's limit and stops there; nothing is
        // spooled to disk or memory first.
        upload = new Upload((UploadHandler) event -> uploaded.add(uploader.upload(event.getFileName(), -1,
                event.getInputStream())));
        upload.setId("field-attachments");
        upload.setMaxFiles(20);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileSize));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("request.field.attachments")));
        upload.addFileRejectedListener(e -> upload.getElement().setProperty("title", e.getErrorMessage()));
        upload.addFailedListener(e -> Notification.show(failure(e.getReason(), e.getFileName())));
        return upload;
    }

    private String failure(Exception reason, String filename) {
        if (reason instanceof RateLimitedException limited) {
            return getTranslation("request.error.upload-rate-limited", limited.retryAfterSeconds());
        }
        if (reason instanceof UploadRefusedException refused) {
            return getTranslation(MessageKeys.uploadRefused(refused.code()), filename);
        }
        return getTranslation("request.error.upload-failed", filename);
    }

    /** The files stored so far by this form. */
    List<AttachmentSummary> uploaded() {
        return List.copyOf(uploaded);
    }

    /** The command for the core; the same key on every submit of this form makes a double click harmless. */
    SubmitRequest command(Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((code, field) -> {
            Object value = field.getValue();
            if (value instanceof Boolean b) {
                values.put(code, b.toString());
            } else if (value instanceof BigDecimal d) {
                values.put(code, d.toPlainString());
            } else if (value instanceof LocalDate d) {
                values.put(code, d.toString());
            } else if (value instanceof FieldDefinition.Option o) {
                values.put(code, o.code());
            } else if (value != null && !value.toString().isBlank()) {
                values.put(code, value.toString());
            }
        });
        return new SubmitRequest(type.code(), subject.getValue(), description.getValue(), values,
                locale.getLanguage(), idempotencyKey, uploaded.stream().map(AttachmentSummary::id).toList());
    }

    /** Marks the named fields invalid with translated messages; clears the others. */
    void show(List<FieldProblem> problems) {
        clear(subject);
        clear(description);
        fields.values().forEach(f -> clear((Component) f));
        for (FieldProblem problem : problems) {
            Component target = switch (problem.field()) {
                case "subject" -> subject;
                case "description" -> description;
                default -> (Component) fields.get(problem.field().replaceFirst("^fields\\.", ""));
            };
            if (target instanceof HasValidation validation) {
                validation.setErrorMessage(getTranslation(MessageKeys.problem(problem.code())));
                validation.setInvalid(true);
            }
        }
    }

    private static void clear(Component component) {
        if (component instanceof HasValidation validation) {
            validation.setInvalid(false);
        }
    }

    private Component input(FieldDefinition definition, Locale locale) {
        String label = definition.label(locale);
        AbstractField<?, ?> field = switch (definition.type()) {
            case SHORT_TEXT -> {
                TextField text = new TextField(label);
                text.setMaxLength(200);
                yield text;
            }
            case LONG_TEXT -> new TextArea(label);
            case DATE -> {
                DatePicker date = new DatePicker(label);
                date.setLocale(locale);
                yield date;
            }
            case NUMBER, MONEY -> new BigDecimalField(label);
            case CHOICE -> {
                Select<FieldDefinition.Option> choice = new Select<>();
                choice.setLabel(label);
                choice.setItems(definition.options());
                choice.setItemLabelGenerator(o -> o == null ? "" : o.label(locale));
                choice.setEmptySelectionAllowed(!definition.required());
                yield choice;
            }
            case YES_NO -> new Checkbox(label);
        };
        field.setRequiredIndicatorVisible(definition.required());
        if (!definition.help(locale).isEmpty() && field instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(definition.help(locale));
        }
        return field;
    }
}
