package app.lexdesk.ui.backoffice.matters;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.matters.MatterSummary;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkflow;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.core.responses.FirstResponseKind;
import app.lexdesk.core.responses.ResponseState;
import app.lexdesk.core.responses.ResponseSummary;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.contracts.ContractDetailView;
import app.lexdesk.ui.backoffice.contracts.ContractListView;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.common.StatusNames;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A Matters board's "Answer" column without a browser: each row says what the core judged (at risk, late, answered
 * late), a record without a promise says nothing, and the core is asked once per page for all its rows.
 */
class MatterListAnswersTest {

    final MatterService matters = mock(MatterService.class);
    final ExpectedResponseService responses = mock(ExpectedResponseService.class);
    final RecordWorkflow workflows = mock(RecordWorkflow.class);
    final Instant now = Instant.parse("2026-03-27T09:00:00Z");
    final List<MatterSummary> page = List.of(matter("MAT-1"), matter("MAT-2"), matter("MAT-3"), matter("MAT-4"));

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup(new Routes(Set.of(MatterListView.class, MatterDetailView.class, ContractListView.class,
                ContractDetailView.class), Set.of(), true));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, new TenantMember(new CurrentTenant(UUID.randomUUID(),
                "acme"), "ACME Legal", UUID.randomUUID(), "lawyer@acme.test", "Louis Durand", Set.of(Role.LEGAL_STAFF)));
        when(workflows.status(any(), any())).thenAnswer(call -> RecordStatus.unknown(call.getArgument(1)));
        when(matters.find(any(), anyInt(), anyInt(), any())).thenAnswer(call -> {
            int offset = call.getArgument(1);
            int limit = call.getArgument(2);
            return page.subList(Math.min(offset, page.size()), Math.min(offset + limit, page.size()));
        });
        when(matters.count(any())).thenReturn((long) page.size());
        LocalDate monday = LocalDate.of(2026, 3, 30);
        when(responses.forRecords(any())).thenReturn(Map.of(
                page.get(0).id(), summary(page.get(0), ResponseState.AT_RISK, monday, null, false),
                page.get(1).id(), summary(page.get(1), ResponseState.LATE, LocalDate.of(2026, 3, 25), null, false),
                page.get(2).id(), summary(page.get(2), ResponseState.ANSWERED, LocalDate.of(2026, 3, 20),
                        Instant.parse("2026-03-23T10:00:00Z"), true)));
        UI.getCurrent().add(new MatterListView(matters, mock(MemberCheck.class), new StatusNames(workflows),
                responses));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void each_row_shows_where_its_first_answer_stands_and_a_record_without_a_promise_shows_nothing() {
        Grid<MatterSummary> grid = grid();
        assertThat(grid.getColumnByKey("answer").getHeaderText()).isEqualTo("Answer");
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(row -> badge(grid, row).getText()).toList())
                .containsExactly("At risk", "Late", "Answered late", "");
        Span atRisk = badge(grid, 0);
        assertThat(atRisk.getClassNames()).contains("lexdesk-at-risk");
        assertThat(atRisk.getTitle()).contains("First answer expected by Mar 30, 2026");
        assertThat(badge(grid, 1).getElement().getThemeList()).contains("badge", "error");
        assertThat(badge(grid, 2).getTitle()).contains("Answered on Mar 23, 2026; expected by Mar 20, 2026");
    }

    @Test
    void the_core_is_asked_about_a_whole_page_at_once_never_row_by_row() {
        Grid<MatterSummary> grid = grid();
        clearInvocations(matters, responses);
        List<MatterSummary> fetched = GridKt._fetch(grid, 0, 50);

        assertThat(fetched).hasSize(4);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<UUID>> asked = ArgumentCaptor.forClass(Collection.class);
        verify(responses, times(1)).forRecords(asked.capture());
        assertThat(asked.getValue()).containsExactlyInAnyOrderElementsOf(page.stream().map(MatterSummary::id).toList());
        verify(matters, times(1)).find(any(), anyInt(), anyInt(), any());
    }

    @SuppressWarnings("unchecked")
    private Grid<MatterSummary> grid() {
        return _get(Grid.class, s -> s.withId("matters"));
    }

    private static Span badge(Grid<MatterSummary> grid, int row) {
        return (Span) GridKt._getCellComponent(grid, row, "answer");
    }

    private MatterSummary matter(String reference) {
        return new MatterSummary(UUID.randomUUID(), reference, "Title " + reference, "LITIGATION", "NEW",
                Origin.PORTAL, "Rachel Moreau", "Client Co", null, now);
    }

    private static ResponseSummary summary(MatterSummary m, ResponseState state, LocalDate expectedBy,
            Instant answeredAt, boolean late) {
        return new ResponseSummary(m.id(), state, Instant.parse("2026-03-26T10:00:00Z"), 2, expectedBy, answeredAt,
                answeredAt == null ? null : FirstResponseKind.STATUS_CHANGE, late);
    }
}
