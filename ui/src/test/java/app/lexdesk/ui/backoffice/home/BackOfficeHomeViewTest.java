package app.lexdesk.ui.backoffice.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.feedback.FeedbackAverages;
import app.lexdesk.core.feedback.FeedbackService;
import app.lexdesk.core.feedback.RatingAverage;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.RecordFilter;
import app.lexdesk.core.records.RecordFilter.Assignee;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkflow;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.records.StatusCount;
import app.lexdesk.core.records.WorkItem;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.core.responses.ResponseState;
import app.lexdesk.core.responses.ResponseSummary;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.contracts.ContractDetailView;
import app.lexdesk.ui.backoffice.contracts.ContractListView;
import app.lexdesk.ui.backoffice.matters.MatterDetailView;
import app.lexdesk.ui.backoffice.matters.MatterListView;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import app.lexdesk.ui.common.StatusNames;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The back office's home without a browser: my work merges both kinds by due date then last update, the triage
 * queue asks the core for unassigned portal records, and every count links to the list filtered as it counts.
 */
class BackOfficeHomeViewTest {

    final MatterService matters = mock(MatterService.class);
    final ContractService contracts = mock(ContractService.class);
    final RecordWorkflow workflows = mock(RecordWorkflow.class);
    final ExpectedResponseService responses = mock(ExpectedResponseService.class);
    final FeedbackService feedback = mock(FeedbackService.class);
    final UUID me = UUID.randomUUID();
    final TenantMember member = new TenantMember(new CurrentTenant(UUID.randomUUID(), "acme"), "ACME Legal", me,
            "lawyer@acme.test", "Louis Durand", Set.of(Role.LEGAL_STAFF));
    final Instant now = Instant.parse("2026-12-01T10:00:00Z");
    BackOfficeHomeView view;

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup(new Routes(Set.of(MatterListView.class, ContractListView.class, MatterDetailView.class,
                ContractDetailView.class), Set.of(), true));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        when(workflows.status(any(), any())).thenAnswer(call -> RecordStatus.unknown(call.getArgument(1)));
        status(RecordKind.MATTER, "NEW", "New", 0);
        status(RecordKind.MATTER, "IN_PROGRESS", "In progress", 2);
        status(RecordKind.CONTRACT, "REQUESTED", "Requested", 0);
        status(RecordKind.CONTRACT, "SIGNATURE", "Signature", 3);
        when(matters.boards()).thenReturn(List.of(new Board("CORPORATE", "Corporate", "Dossiers corporatifs"),
                new Board("LITIGATION", "Litigation", "Contentieux")));
        when(feedback.averages()).thenReturn(new FeedbackAverages(now, Map.of(), RatingAverage.NONE, RatingAverage.NONE,
                RatingAverage.NONE));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void my_work_merges_matters_and_contracts_soonest_due_first_then_last_updated_and_links_each_record() {
        RecordFilter mine = new RecordFilter(null, null, Set.of(), Assignee.person(me));
        when(matters.workItems(eq(mine), eq(BackOfficeHomeView.DUE_THEN_UPDATED), anyInt())).thenReturn(List.of(
                item(RecordKind.MATTER, "MAT-1", LocalDate.of(2027, 1, 10), now),
                item(RecordKind.MATTER, "MAT-2", null, now.plusSeconds(60)),
                item(RecordKind.MATTER, "MAT-3", null, now)));
        when(contracts.workItems(eq(mine), eq(BackOfficeHomeView.DUE_THEN_UPDATED), anyInt())).thenReturn(List.of(
                item(RecordKind.CONTRACT, "CON-1", LocalDate.of(2026, 12, 24), now)));
        show();

        Grid<WorkItem> work = grid("my-work");
        assertThat(GridKt._size(work)).isEqualTo(4);
        assertThat(column(work, "reference")).containsExactly("CON-1", "MAT-1", "MAT-2", "MAT-3");
        assertThat(column(work, "kind")).containsExactly("Contract", "Matter", "Matter", "Matter");
        assertThat(column(work, "date")).containsExactly("Dec 24, 2026", "Jan 10, 2027", "", "");
        assertThat(((RouterLink) GridKt._getCellComponent(work, 0, "title")).getHref())
                .isEqualTo("t/acme/app/contract/CON-1");
        assertThat(((RouterLink) GridKt._getCellComponent(work, 1, "reference")).getHref())
                .isEqualTo("t/acme/app/matter/MAT-1");
        assertThat(byId("my-work-empty").isVisible()).isFalse();
        assertThat(links()).contains("All my matters -> t/acme/app/matters/all?assignee=me",
                "All my contracts -> t/acme/app/contracts?assignee=me");
    }

    @Test
    void the_triage_queue_asks_for_unassigned_portal_records_newest_first_and_says_when_there_are_none() {
        RecordFilter waiting = new RecordFilter(null, Origin.PORTAL, Set.of(), Assignee.NOBODY);
        when(matters.workItems(eq(waiting), eq(BackOfficeHomeView.NEWEST_FIRST), anyInt())).thenReturn(List.of(
                new WorkItem(UUID.randomUUID(), RecordKind.MATTER, "MAT-9", "Older", "NEW", Origin.PORTAL, null,
                        now.minusSeconds(3600), now)));
        when(contracts.workItems(eq(waiting), eq(BackOfficeHomeView.NEWEST_FIRST), anyInt())).thenReturn(List.of(
                new WorkItem(UUID.randomUUID(), RecordKind.CONTRACT, "CON-9", "Newer", "NEW", Origin.PORTAL, null,
                        now, now)));
        show();

        Grid<WorkItem> triage = grid("triage");
        assertThat(column(triage, "reference")).containsExactly("CON-9", "MAT-9");
        assertThat(links()).contains("Unassigned portal matters -> t/acme/app/matters/all?origin=portal&assignee=none",
                "Unassigned portal contracts -> t/acme/app/contracts?origin=portal&assignee=none");
        assertThat(byId("my-work").isVisible()).as("nothing assigned").isFalse();
        assertThat(((Paragraph) byId("my-work-empty")).getText()).isEqualTo("Nothing is assigned to you.");
    }

    @Test
    void each_count_links_to_its_board_filtered_by_its_status_with_totals_per_board_and_for_all() {
        when(matters.countsByBoardAndStatus()).thenReturn(List.of(new StatusCount("CORPORATE", "NEW", 2),
                new StatusCount("LITIGATION", "NEW", 1), new StatusCount("LITIGATION", "IN_PROGRESS", 4),
                new StatusCount(null, "NEW", 1)));
        when(contracts.countsByStatus()).thenReturn(List.of(new StatusCount(null, "REQUESTED", 3),
                new StatusCount(null, "SIGNATURE", 1)));
        show();

        assertThat(row("matter-counts-head")).as("statuses by their workflow names, in the workflow's order")
                .containsExactly("Board", "New", "In progress", "Total");
        assertThat(row("matter-counts-litigation")).containsExactly("Litigation", "1", "4", "5");
        assertThat(row("matter-counts-corporate")).containsExactly("Corporate", "2", "0", "2");
        assertThat(row("matter-counts-all")).as("a matter on no board still counts in All")
                .containsExactly("All", "4", "4", "8");
        assertThat(links()).contains("4 -> t/acme/app/matters/litigation?status=IN_PROGRESS",
                "5 -> t/acme/app/matters/litigation", "4 -> t/acme/app/matters/all?status=NEW",
                "8 -> t/acme/app/matters/all");
        assertThat(row("contract-counts-REQUESTED")).containsExactly("Requested", "3");
        assertThat(row("contract-counts-SIGNATURE")).containsExactly("Signature", "1");
        assertThat(row("contract-counts-total")).containsExactly("Total", "4");
        assertThat(links()).contains("1 -> t/acme/app/contracts?status=SIGNATURE", "4 -> t/acme/app/contracts");
    }

    @Test
    void the_requesters_average_rating_per_board_over_90_days_is_shown_with_how_many_ratings() {
        when(feedback.averages()).thenReturn(new FeedbackAverages(now, Map.of("LITIGATION", new RatingAverage(3,
                4.333333)), new RatingAverage(1, 2.0), new RatingAverage(2, 5.0), new RatingAverage(6, 4.166666)));
        show();

        assertThat(row("feedback-averages-head")).containsExactly("Board", "Average rating", "Ratings");
        assertThat(row("feedback-averages-litigation")).containsExactly("Litigation", "4.3", "3");
        assertThat(row("feedback-averages-corporate")).as("a board nobody rated").containsExactly("Corporate", "—", "0");
        assertThat(row("feedback-averages-unclassified")).containsExactly("To classify", "2.0", "1");
        assertThat(row("feedback-averages-contracts")).containsExactly("Contracts & documents", "5.0", "2");
        assertThat(row("feedback-averages-all")).containsExactly("All", "4.2", "6");
    }

    @Test
    void without_ratings_in_the_window_the_home_says_so_and_the_short_lists_show_each_answer_indicator() {
        WorkItem late = item(RecordKind.MATTER, "MAT-7", null, now);
        RecordFilter waiting = new RecordFilter(null, Origin.PORTAL, Set.of(), Assignee.NOBODY);
        when(matters.workItems(eq(waiting), eq(BackOfficeHomeView.NEWEST_FIRST), anyInt())).thenReturn(List.of(late));
        when(responses.forRecords(List.of(late.id()))).thenReturn(Map.of(late.id(), new ResponseSummary(late.id(),
                ResponseState.LATE, now, 1, LocalDate.of(2026, 11, 30), null, null, false)));
        show();

        assertThat(byId("feedback-averages").getElement().getTextRecursively())
                .isEqualTo("No ratings in the last 90 days.");
        assertThat(((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(grid("triage"), 0, "answer"))
                .getText()).isEqualTo("Late");
    }

    private void status(RecordKind kind, String code, String name, int position) {
        when(workflows.status(kind, code)).thenReturn(new RecordStatus(code, name, name, name, name,
                StatusCategory.OPEN, position == 0, false, position));
    }

    private void show() {
        view = new BackOfficeHomeView(matters, contracts, new StatusNames(workflows), responses, feedback);
        UI.getCurrent().add(view);
        view.show(member);
    }

    private WorkItem item(RecordKind kind, String reference, LocalDate due, Instant updated) {
        return new WorkItem(UUID.randomUUID(), kind, reference, "Title " + reference, "NEW", Origin.INTERNAL, due,
                now.minusSeconds(86_400), updated);
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkItem> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static List<String> column(Grid<WorkItem> grid, String key) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> key.equals("reference") || key.equals("title")
                ? ((RouterLink) GridKt._getCellComponent(grid, row, key)).getText()
                : GridKt._getFormatted(grid, row, key)).toList();
    }

    /** Any component of the view by id, shown or not (Karibu's locators find only what is shown). */
    private Component byId(String id) {
        return descendants(view).filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(BackOfficeHomeViewTest::descendants));
    }

    private List<String> row(String id) {
        Component row = _get(view, Component.class, s -> s.withId(id));
        return row.getChildren().map(cell -> cell.getElement().getTextRecursively()).toList();
    }

    private List<String> links() {
        return LocatorJ._find(view, RouterLink.class).stream()
                .map(l -> l.getText() + " -> " + l.getHref()).toList();
    }
}
