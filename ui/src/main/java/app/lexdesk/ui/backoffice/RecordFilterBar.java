package app.lexdesk.ui.backoffice;

import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.PersonName;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordFilter.Assignee;
import app.lexdesk.ui.common.ComponentTexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The filters the Matters boards and Contracts &amp; documents share: search, origin, statuses and assignee
 * ("me", "unassigned" or a named person). Each change calls the listener, which refreshes the list.
 */
public class RecordFilterBar extends HorizontalLayout {

    private final TextField search = new TextField();
    private final Select<Origin> origin = new Select<>();
    private final MultiSelectComboBox<String> statuses = new MultiSelectComboBox<>();
    private final Select<Assignee> assignee = new Select<>();
    private final Map<UUID, String> names = new LinkedHashMap<>();
    private UUID me;
    private boolean offering;

    public RecordFilterBar(String idPrefix, Runnable changed) {
        setWidthFull();
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        search.setId(idPrefix + "-search");
        search.setPlaceholder(getTranslation("list.search"));
        search.setAriaLabel(getTranslation("list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(RecordFilter.SEARCH_MAX);
        search.setMinWidth("18em");
        origin.setId(idPrefix + "-origin");
        origin.setAriaLabel(getTranslation("list.origin"));
        origin.setItems(Origin.values());
        origin.setEmptySelectionAllowed(true);
        origin.setEmptySelectionCaption(getTranslation("list.origin.any"));
        origin.setItemLabelGenerator(o -> o == null ? getTranslation("list.origin.any")
                : getTranslation(o == Origin.PORTAL ? "list.origin.portal" : "list.origin.internal"));
        statuses.setId(idPrefix + "-status");
        ComponentTexts.apply(statuses);
        statuses.setPlaceholder(getTranslation("list.status.any"));
        statuses.setAriaLabel(getTranslation("list.status"));
        statuses.setItemLabelGenerator(s -> s);
        assignee.setId(idPrefix + "-assignee");
        assignee.setAriaLabel(getTranslation("list.assignee"));
        assignee.setItemLabelGenerator(this::assigneeLabel);
        assignee.setItems(Assignee.ANYONE, Assignee.NOBODY);
        assignee.setValue(Assignee.ANYONE);
        // A pick refreshes the list; the bar's own updates of its choices (offer) do not.
        search.addValueChangeListener(e -> onPick(changed));
        origin.addValueChangeListener(e -> onPick(changed));
        statuses.addValueChangeListener(e -> onPick(changed));
        assignee.addValueChangeListener(e -> onPick(changed));
        add(search, origin, statuses, assignee);
    }

    /** How statuses read in the status filter: the kind's workflow names them (the code until set). */
    public void setStatusLabels(ItemLabelGenerator<String> labels) {
        statuses.setItemLabelGenerator(labels);
    }

    /**
     * Offers the statuses the records are in and the people they are assigned to; {@code me} (the member
     * looking) comes first as "Assigned to me". Keeps what is picked where it is still offered; the caller
     * refreshes the list.
     */
    public void offer(List<String> knownStatuses, List<PersonName> assignees, UUID me) {
        offering = true;
        try {
            choices(knownStatuses, assignees, me);
        } finally {
            offering = false;
        }
    }

    private void choices(List<String> knownStatuses, List<PersonName> assignees, UUID me) {
        this.me = me;
        Set<String> picked = new HashSet<>(statuses.getValue());
        picked.retainAll(knownStatuses);
        statuses.setItems(knownStatuses);
        statuses.setValue(picked);
        names.clear();
        assignees.forEach(p -> names.put(p.id(), p.name()));
        List<Assignee> choices = new ArrayList<>(List.of(Assignee.ANYONE, Assignee.person(me), Assignee.NOBODY));
        assignees.stream().filter(p -> !p.id().equals(me)).map(p -> Assignee.person(p.id())).forEach(choices::add);
        Assignee selected = assignee.getValue();
        assignee.setItems(choices);
        assignee.setValue(choices.contains(selected) ? selected : Assignee.ANYONE);
    }

    /**
     * The picks as URL query parameters, in the grammar the core writes for the API too ({@code q}, {@code origin},
     * {@code status}, {@code assignee}), so a filtered list can be bookmarked, shared and reloaded; nothing picked
     * gives no parameters.
     */
    public QueryParameters queryParameters() {
        return new QueryParameters(filter().toParameters(me));
    }

    /** Picks what {@code parameters} name among what is offered (call after {@link #offer}); the rest is ignored. */
    public void apply(QueryParameters parameters) {
        apply(RecordFilter.fromParametersLeniently(parameters.getParameters(), me));
    }

    /** Picks what {@code wanted} names among what is offered (call after {@link #offer}); the rest is ignored. */
    public void apply(RecordFilter wanted) {
        offering = true;
        try {
            search.setValue(wanted.search() == null ? "" : wanted.search());
            origin.setValue(wanted.origin());
            Set<String> known = new HashSet<>(wanted.statuses());
            known.retainAll(statuses.getListDataView().getItems().toList());
            statuses.setValue(known);
            Assignee chosen = wanted.assignee();
            assignee.setValue(assignee.getListDataView().getItems().anyMatch(chosen::equals) ? chosen : Assignee.ANYONE);
        } finally {
            offering = false;
        }
    }

    private void onPick(Runnable changed) {
        if (!offering) {
            changed.run();
        }
    }

    public RecordFilter filter() {
        return new RecordFilter(search.getValue(), origin.getValue(), statuses.getValue(),
                assignee.getValue() == null ? Assignee.ANYONE : assignee.getValue());
    }

    private String assigneeLabel(Assignee a) {
        if (a == null || a.equals(Assignee.ANYONE)) {
            return getTranslation("list.assignee.any");
        }
        if (a.unassigned()) {
            return getTranslation("list.assignee.none");
        }
        if (a.personId().equals(me)) {
            return getTranslation("list.assignee.me");
        }
        return names.getOrDefault(a.personId(), "—");
    }

    /** Puts extra filters (a list's own) after the shared ones. */
    public void addFilter(Component filter) {
        add(filter);
    }
}
