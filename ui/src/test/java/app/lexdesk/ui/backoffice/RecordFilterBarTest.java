package app.lexdesk.ui.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.PersonName;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordFilter.Assignee;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lists' shared filters without a browser: what people pick becomes the core's filter. */
class RecordFilterBarTest {

    final UUID me = UUID.randomUUID();
    final UUID colleague = UUID.randomUUID();
    final AtomicInteger refreshes = new AtomicInteger();
    RecordFilterBar bar;

    @BeforeEach
    void vaadin() {
        // Vaadin reads init parameters from "vaadin."-prefixed system properties: translate with our bundles.
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        bar = new RecordFilterBar("matter", refreshes::incrementAndGet);
        bar.offer(List.of("IN_PROGRESS", "NEW"), List.of(new PersonName(colleague, "Camille Bernard"),
                new PersonName(me, "Louis Durand")), me);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void nothing_picked_filters_nothing() {
        assertThat(bar.filter()).isEqualTo(new RecordFilter("", null, Set.of(), Assignee.ANYONE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void picks_become_the_cores_filter_and_each_refreshes_the_list() {
        field("matter-search", TextField.class).setValue("lease");
        field("matter-origin", Select.class).setValue(Origin.PORTAL);
        field("matter-status", MultiSelectComboBox.class).setValue(Set.of("IN_PROGRESS"));
        field("matter-assignee", Select.class).setValue(Assignee.NOBODY);
        assertThat(bar.filter()).isEqualTo(new RecordFilter("lease", Origin.PORTAL, Set.of("IN_PROGRESS"),
                Assignee.NOBODY));
        assertThat(refreshes).hasValue(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void assigned_to_me_comes_first_then_unassigned_then_the_others_by_name() {
        Select<Assignee> assignee = field("matter-assignee", Select.class);
        List<Assignee> choices = assignee.getListDataView().getItems().toList();
        assertThat(choices).containsExactly(Assignee.ANYONE, Assignee.person(me), Assignee.NOBODY,
                Assignee.person(colleague));
        assertThat(choices.stream().map(assignee.getItemLabelGenerator()::apply).toList())
                .containsExactly("Anyone", "Assigned to me", "Unassigned", "Camille Bernard");
        assignee.setValue(Assignee.person(me));
        assertThat(bar.filter().assignee()).isEqualTo(Assignee.person(me));
    }

    @Test
    @SuppressWarnings("unchecked")
    void offering_again_keeps_what_is_still_offered_without_refreshing_by_itself() {
        field("matter-status", MultiSelectComboBox.class).setValue(Set.of("IN_PROGRESS", "NEW"));
        field("matter-assignee", Select.class).setValue(Assignee.person(colleague));
        int before = refreshes.get();
        bar.offer(List.of("NEW"), List.of(new PersonName(me, "Louis Durand")), me);
        assertThat(bar.filter().statuses()).containsExactly("NEW");
        assertThat(bar.filter().assignee()).as("the colleague has nothing assigned any more").isEqualTo(Assignee.ANYONE);
        assertThat(refreshes).hasValue(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_picks_travel_in_the_address_and_come_back_from_it() {
        field("matter-search", TextField.class).setValue(" lease ");
        field("matter-origin", Select.class).setValue(Origin.PORTAL);
        field("matter-status", MultiSelectComboBox.class).setValue(Set.of("IN_PROGRESS", "NEW"));
        field("matter-assignee", Select.class).setValue(Assignee.person(me));
        QueryParameters address = bar.queryParameters();
        assertThat(address.getParameters()).isEqualTo(java.util.Map.of("q", List.of("lease"), "origin", List.of("portal"),
                "status", List.of("IN_PROGRESS", "NEW"), "assignee", List.of("me")));

        RecordFilterBar reloaded = new RecordFilterBar("matter", refreshes::incrementAndGet);
        reloaded.offer(List.of("IN_PROGRESS", "NEW"), List.of(new PersonName(colleague, "Camille Bernard")), me);
        int before = refreshes.get();
        reloaded.apply(address);
        assertThat(reloaded.filter()).isEqualTo(new RecordFilter("lease", Origin.PORTAL, Set.of("IN_PROGRESS", "NEW"),
                Assignee.person(me)));
        assertThat(refreshes).as("the view refreshes once itself").hasValue(before);
    }

    @Test
    void an_address_naming_what_is_not_offered_filters_on_the_rest_only() {
        bar.apply(QueryParameters.full(java.util.Map.of("status", new String[] {"ARCHIVED", "NEW"},
                "assignee", new String[] {UUID.randomUUID().toString()}, "origin", new String[] {"fax"})));
        assertThat(bar.filter()).isEqualTo(new RecordFilter("", null, Set.of("NEW"), Assignee.ANYONE));
        bar.apply(QueryParameters.simple(java.util.Map.of("assignee", "none")));
        assertThat(bar.filter().assignee()).isEqualTo(Assignee.NOBODY);
    }

    @Test
    void a_typed_filter_is_picked_as_it_is_and_written_back_in_the_cores_grammar() {
        int before = refreshes.get();
        bar.apply(new RecordFilter("lease", Origin.INTERNAL, Set.of("NEW", "ARCHIVED"), Assignee.person(colleague)));
        assertThat(bar.filter()).as("only what is offered is picked")
                .isEqualTo(new RecordFilter("lease", Origin.INTERNAL, Set.of("NEW"), Assignee.person(colleague)));
        assertThat(bar.queryParameters().getParameters()).isEqualTo(bar.filter().toParameters(me))
                .containsEntry("assignee", List.of(colleague.toString()));
        assertThat(refreshes).as("the view refreshes once itself").hasValue(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void statuses_read_as_the_view_names_them_and_as_stored_until_it_does() {
        MultiSelectComboBox<String> statuses = field("matter-status", MultiSelectComboBox.class);
        assertThat(statuses.getItemLabelGenerator().apply("IN_PROGRESS")).isEqualTo("IN_PROGRESS");
        bar.setStatusLabels(code -> code.equals("IN_PROGRESS") ? "In progress" : code);
        assertThat(statuses.getItemLabelGenerator().apply("IN_PROGRESS")).isEqualTo("In progress");
    }

    private <T> T field(String id, Class<T> type) {
        Component found = bar.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
        return type.cast(found);
    }
}
