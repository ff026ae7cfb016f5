package app.lexdesk.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.records.RecordFilter.Assignee;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The filter's one grammar: written by toParameters, read back by the API's reader and leniently by addresses. */
class RecordFilterTest {

    final UUID me = UUID.randomUUID();
    final UUID colleague = UUID.randomUUID();

    @Test
    void a_filter_written_as_parameters_reads_back_as_the_same_filter() {
        for (RecordFilter filter : List.of(RecordFilter.none(),
                new RecordFilter("lease", Origin.PORTAL, Set.of("NEW", "IN_PROGRESS"), Assignee.person(me)),
                new RecordFilter(null, Origin.INTERNAL, Set.of(), Assignee.NOBODY),
                new RecordFilter(null, null, Set.of("NEW"), Assignee.person(colleague)))) {
            Map<String, List<String>> params = filter.toParameters(me);
            RecordFilter read = RecordFilter.fromParameters(first(params, "q"), first(params, "origin"),
                    params.get("status"), first(params, "assignee"), me);
            assertThat(read).isEqualTo(new RecordFilter(filter.search(), filter.origin(), filter.statuses(),
                    filter.assignee()));
            assertThat(RecordFilter.fromParametersLeniently(params, me)).isEqualTo(read);
        }
    }

    @Test
    void the_callers_own_records_are_written_me_and_anyone_elses_by_id() {
        assertThat(new RecordFilter(" lease ", Origin.PORTAL, Set.of("NEW", "IN_PROGRESS"), Assignee.person(me))
                .toParameters(me)).containsExactly(Map.entry("q", List.of("lease")), Map.entry("origin",
                        List.of("portal")), Map.entry("status", List.of("IN_PROGRESS", "NEW")),
                        Map.entry("assignee", List.of("me")));
        assertThat(new RecordFilter(null, null, Set.of(), Assignee.person(colleague)).toParameters(me))
                .containsExactly(Map.entry("assignee", List.of(colleague.toString())));
        assertThat(RecordFilter.none().toParameters(me)).isEmpty();
    }

    @Test
    void read_leniently_a_parameter_that_cannot_be_read_filters_nothing_and_the_others_still_apply() {
        RecordFilter read = RecordFilter.fromParametersLeniently(Map.of("origin", List.of("fax"), "assignee",
                List.of("someone"), "status", List.of("NEW"), "q", List.of("lease")), me);
        assertThat(read).isEqualTo(new RecordFilter("lease", null, Set.of("NEW"), Assignee.ANYONE));
        assertThat(RecordFilter.fromParametersLeniently(Map.of("assignee", List.of("me")), null).assignee())
                .as("nobody to be 'me'").isEqualTo(Assignee.ANYONE);
        assertThat(RecordFilter.fromParametersLeniently(Map.of("assignee", List.of("none")), me).assignee())
                .isEqualTo(Assignee.NOBODY);
    }

    private static String first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().findFirst().orElse(null);
    }
}
