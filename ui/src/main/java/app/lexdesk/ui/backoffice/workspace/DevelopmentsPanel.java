package app.lexdesk.ui.backoffice.workspace;

import app.lexdesk.core.developments.KeyDevelopmentDetails;
import app.lexdesk.core.developments.KeyDevelopmentService;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.common.PlainText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** A record's key developments, latest date first; the ones the requester sees are green and labelled. */
class DevelopmentsPanel extends VerticalLayout {

    private final KeyDevelopmentService developments;
    private final RecordContext record;
    private final Div list = new Div();

    DevelopmentsPanel(KeyDevelopmentService developments, RecordContext record) {
        this.developments = developments;
        this.record = record;
        setId("record-developments");
        setPadding(false);
        Button add = new Button(getTranslation("developments.add"), VaadinIcon.PLUS.create(), e ->
                new DevelopmentDialog(developments, record.recordId(), () -> {
                    refresh();
                    record.changed().run();
                }).open());
        add.setId("development-add");
        list.setId("developments");
        list.setWidthFull();
        add(add, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<KeyDevelopmentDetails> found = developments.of(record.recordId());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("developments.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
        }
        found.forEach(d -> list.add(development(d)));
    }

    private Div development(KeyDevelopmentDetails d) {
        Div card = new Div();
        card.addClassNames("lexdesk-development", d.visibleToRequester() ? "lexdesk-shared" : "lexdesk-internal");
        Span date = new Span(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(d.date()));
        date.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span title = new Span(d.title());
        title.addClassNames("lexdesk-development-title", LumoUtility.FontWeight.SEMIBOLD);
        Span badge = d.visibleToRequester() ? Badges.shared(getTranslation("developments.visible"))
                : Badges.internal(getTranslation("developments.internal"));
        HorizontalLayout head = new HorizontalLayout(date, title, badge);
        head.setAlignItems(Alignment.BASELINE);
        card.add(head);
        if (!d.text().isEmpty()) {
            card.add(PlainText.of(d.text()));
        }
        Span author = new Span(d.authorName() == null ? "" : d.authorName());
        author.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        card.add(author);
        return card;
    }
}
