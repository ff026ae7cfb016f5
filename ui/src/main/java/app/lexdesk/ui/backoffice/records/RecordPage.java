package app.lexdesk.ui.backoffice.records;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one page shell of matters and contracts: the {@link RecordHeaderBar} on top (with the {@link
 * RecordHeaderAction}s that apply), then tabs — the kind's own
 * (Overview, a contract's Terms) followed by every {@link RecordSection} bean that applies to the record, in their
 * order. A section that changes the record calls its context's {@code changed}, and the header reads the record
 * again.
 */
public class RecordPage extends VerticalLayout {

    private final RecordHeaderBar header;
    private final TabSheet tabs = new TabSheet();

    /**
     * @param own the kind's tabs, by title message key, in order
     * @param sections every section bean; those that apply are added after {@code own}
     */
    public RecordPage(RecordHeaderBar header, Map<String, Component> own, List<RecordSection> sections) {
        this(header, own, sections, List.of());
    }

    /** @param actions every header action bean; those that apply join the header */
    public RecordPage(RecordHeaderBar header, Map<String, Component> own, List<RecordSection> sections,
            List<RecordHeaderAction> actions) {
        this.header = header;
        actions.forEach(a -> a.create(header.header()).ifPresent(header::addAction));
        setId("record-page");
        setPadding(false);
        tabs.setId("record-tabs");
        tabs.setWidthFull();
        Map<String, Component> all = new LinkedHashMap<>(own);
        RecordContext context = new RecordContext(header.header().id(), header.header().kind(),
                header.header().reference(), header.header().requestId(), header::reload);
        sections.stream().filter(s -> s.appliesTo(context)).sorted(Comparator.comparingInt(RecordSection::order))
                .forEach(s -> all.put(s.titleKey(), s.create(context)));
        all.forEach((key, content) -> {
            Tab tab = tabs.add(getTranslation(key), content);
            tab.setId("tab-" + key.replace('.', '-'));
        });
        tabs.addSelectedChangeListener(e -> {
            Component shown = e.getSelectedTab() == null ? null : tabs.getComponent(e.getSelectedTab());
            if (shown instanceof RecordSection.ShownAgain again) {
                again.shown();
            }
        });
        add(header, tabs);
    }

    public RecordHeaderBar header() {
        return header;
    }

    public TabSheet tabs() {
        return tabs;
    }
}
