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

/**
 * A request as its requester submitted it: type, date, requester, company, typed fields, description. Its files are
 * the record's, shown where the viewer may see them (the Files tab, the portal's files).
 */
public class RequestDetailsPanel extends Div {

    public RequestDetailsPanel(SubmittedRequest request, Optional<RequestTypeDetails> type, Locale locale) {
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
