package app.lexdesk.ui.common;

import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.SubmittedRequest;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A request as its requester submitted it: type, date, requester, company, typed fields, description. */
public class RequestDetailsPanel extends Div {

    public RequestDetailsPanel(SubmittedRequest request, Optional<RequestTypeDetails> type, Locale locale) {
        this(request, type, java.util.List.of(), f -> new Span(f.filename()), locale);
    }

    /** With the request's files as the viewer may see them, each name made a link by {@code link}. */
    public RequestDetailsPanel(SubmittedRequest request, Optional<RequestTypeDetails> type,
            java.util.List<app.lexdesk.core.attachments.AttachmentSummary> files,
            java.util.function.Function<app.lexdesk.core.attachments.AttachmentSummary, com.vaadin.flow.component.Component> link,
            Locale locale) {
        setId("request-details");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM);
        add(new H3(getTranslation("request.details.title", request.reference())));
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span("fr".equals(locale.getLanguage()) ? request.typeNameFr() : request.typeNameEn()),
                getTranslation("request.field.type"));
        facts.addFormItem(new Span(Formats.dateTime(request.submittedAt(), locale)), getTranslation("request.field.submitted"));
        facts.addFormItem(span("request-requester", request.requesterName()), getTranslation("request.field.requester"));
        facts.addFormItem(span("request-company", request.companyName()), getTranslation("request.field.company"));
        facts.addFormItem(span("request-subject", request.subject()), getTranslation("request.field.subject"));
        for (Map.Entry<String, String> value : request.fields().entrySet()) {
            String label = type.flatMap(t -> t.fields().stream().filter(f -> f.code().equals(value.getKey())).findFirst())
                    .map(f -> f.label(locale)).orElse(value.getKey());
            String shown = type.flatMap(t -> t.fields().stream().filter(f -> f.code().equals(value.getKey())).findFirst())
                    .map(f -> display(f, value.getValue(), locale)).orElse(value.getValue());
            facts.addFormItem(new Span(shown), label);
        }
        add(facts);
        Paragraph description = new Paragraph(request.description().isEmpty() ? "—" : request.description());
        description.setId("request-description");
        description.getStyle().set("white-space", "pre-wrap");
        add(new Span(getTranslation("request.field.description")), description);
        if (!files.isEmpty()) {
            com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
            list.setId("request-files");
            files.forEach(f -> list.add(new com.vaadin.flow.component.html.ListItem(link.apply(f), new Span(" ("
                    + Math.max(1, f.size() / 1024) + " KB, " + f.contentType() + ")"))));
            add(new Span(getTranslation("request.files")), list);
        }
    }

    private String display(FieldDefinition field, String value, Locale locale) {
        return switch (field.type()) {
            case YES_NO -> getTranslation("true".equals(value) ? "common.yes" : "common.no");
            case CHOICE -> field.options().stream().filter(o -> o.code().equals(value)).findFirst()
                    .map(o -> o.label(locale)).orElse(value);
            default -> value;
        };
    }

    private static Span span(String id, String text) {
        Span span = new Span(text == null ? "—" : text);
        span.setId(id);
        return span;
    }
}
