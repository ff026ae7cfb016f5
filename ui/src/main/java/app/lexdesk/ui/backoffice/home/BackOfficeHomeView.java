package app.lexdesk.ui.backoffice.home;

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
import app.lexdesk.core.records.StatusCount;
import app.lexdesk.core.records.WorkItem;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.backoffice.BackOfficeLayout;
import app.lexdesk.ui.backoffice.ResponseIndicators;
import app.lexdesk.ui.backoffice.contracts.ContractDetailView;
import app.lexdesk.ui.backoffice.contracts.ContractListView;
import app.lexdesk.ui.backoffice.matters.MatterDetailView;
import app.lexdesk.ui.backoffice.matters.MatterListView;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.StatusNames;
import app.lexdesk.ui.common.TenantArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;

/**
 * The legal team's home: my work (what is assigned to me, soonest due first), the triage queue (portal requests
 * nobody has picked up, newest first), both with whether each first answer is on time, how many matters each board
 * has in each status and how many contracts each status has, every count a link to the list it counts, and the
 * requesters' average rating per board over the last 90 days.
 */
@Route(value = "t/:tenant/app", layout = BackOfficeLayout.class)
@TenantArea(TenantArea.Area.BACK_OFFICE)
@PermitAll
public class BackOfficeHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Rows in each of the home's short lists; the links under them open the whole list. */
    static final int SHOWN = 10;
    static final Sort DUE_THEN_UPDATED = Sort.by(Sort.Order.asc("dueDate"), Sort.Order.desc("updatedAt"));
    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");
    static final Comparator<WorkItem> DUE_THEN_UPDATED_ORDER = Comparator
            .comparing(WorkItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()));
    static final Comparator<WorkItem> NEWEST_FIRST_ORDER = Comparator.comparing(WorkItem::createdAt,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final MatterService matters;
    private final StatusNames statusNames;
    private final ContractService contracts;
    private final H1 title = new H1();
    private final Grid<WorkItem> myWork = new Grid<>();
    private final Paragraph myWorkEmpty = new Paragraph();
    private final HorizontalLayout myWorkLinks = new HorizontalLayout();
    private final Grid<WorkItem> triage = new Grid<>();
    private final Paragraph triageEmpty = new Paragraph();
    private final HorizontalLayout triageLinks = new HorizontalLayout();
    private final Div matterCounts = new Div();
    private final Div contractCounts = new Div();
    private final Div feedbackAverages = new Div();
    private final FeedbackService feedback;
    private final ResponseIndicators<WorkItem> answers;
    private String slug;

    BackOfficeHomeView(MatterService matters, ContractService contracts, StatusNames statusNames,
            ExpectedResponseService responses, FeedbackService feedback) {
        this.statusNames = statusNames;
        this.matters = matters;
        this.contracts = contracts;
        this.feedback = feedback;
        this.answers = new ResponseIndicators<>(responses, WorkItem::id, this);
        setId("backoffice-home");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        myWork.setId("my-work");
        triage.setId("triage");
        myWorkEmpty.setId("my-work-empty");
        triageEmpty.setId("triage-empty");
        matterCounts.setId("matter-counts");
        contractCounts.setId("contract-counts");
        feedbackAverages.setId("feedback-averages");
        for (Paragraph empty : List.of(myWorkEmpty, triageEmpty)) {
            empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        }
        configure(myWork, getTranslation("home.due"), w -> Formats.date(w.dueDate(), getLocale()));
        configure(triage, getTranslation("home.received"), w -> Formats.dateTime(w.createdAt(), getLocale()));
        FlexLayout counts = new FlexLayout(section("home.counts.matters", matterCounts),
                section("home.counts.contracts", contractCounts), section("home.feedback", feedbackAverages));
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.addClassNames(LumoUtility.Gap.XLARGE);
        add(title, heading("home.mywork"), myWork, myWorkEmpty, myWorkLinks, heading("home.triage"), triage,
                triageEmpty, triageLinks, counts);
    }

    private void configure(Grid<WorkItem> grid, String dateHeader,
            ValueProvider<WorkItem, String> date) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPartNameGenerator(w -> w.fromPortal() ? "from-portal" : null);
        grid.addComponentColumn(w -> link(w.reference(), w)).setKey("reference")
                .setHeader(getTranslation("list.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(w -> link(w.title(), w)).setKey("title").setHeader(getTranslation("list.title"))
                .setWidth("16rem").setFlexGrow(1).setTooltipGenerator(WorkItem::title);
        grid.addColumn(w -> getTranslation(w.kind() == RecordKind.MATTER ? "home.kind.matter" : "home.kind.contract"))
                .setKey("kind").setHeader(getTranslation("home.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(w -> statusNames.name(w.kind(), w.status(), getLocale())).setKey("status")
                .setHeader(getTranslation("list.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(answers::badge).setKey("answer").setHeader(getTranslation("list.answer"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(date).setKey("date").setHeader(dateHeader).setAutoWidth(true).setFlexGrow(0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentMember.get().ifPresent(this::show);
    }

    void show(TenantMember member) {
        slug = member.tenant().slug();
        title.setText(getTranslation("backoffice.home.welcome", member.displayName()));
        RecordFilter mine = new RecordFilter(null, null, Set.of(), Assignee.person(member.personId()));
        fill(myWork, myWorkEmpty, "home.mywork.empty", merged(mine, DUE_THEN_UPDATED, DUE_THEN_UPDATED_ORDER));
        myWorkLinks.removeAll();
        myWorkLinks.add(matterList("home.mywork.matters", MatterListView.ALL, mine, member.personId()),
                contractList("home.mywork.contracts", mine, member.personId()));
        RecordFilter waiting = new RecordFilter(null, Origin.PORTAL, Set.of(), Assignee.NOBODY);
        fill(triage, triageEmpty, "home.triage.empty", merged(waiting, NEWEST_FIRST, NEWEST_FIRST_ORDER));
        triageLinks.removeAll();
        triageLinks.add(matterList("home.triage.matters", MatterListView.ALL, waiting, member.personId()),
                contractList("home.triage.contracts", waiting, member.personId()));
        showMatterCounts(member.personId());
        showContractCounts(member.personId());
        showFeedback();
    }

    /**
     * Both kinds' first rows, merged in the order the core sorted each by; the first {@link #SHOWN}, with their answer
     * indicators asked for at once.
     */
    private List<WorkItem> merged(RecordFilter filter, Sort sort, Comparator<WorkItem> order) {
        return answers.page(Stream.concat(matters.workItems(filter, sort, SHOWN).stream(),
                contracts.workItems(filter, sort, SHOWN).stream()).sorted(order).limit(SHOWN).toList());
    }

    private static void fill(Grid<WorkItem> grid, Paragraph empty, String emptyKey, List<WorkItem> items) {
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setText(empty.getTranslation(emptyKey));
        empty.setVisible(items.isEmpty());
    }

    private void showMatterCounts(UUID me) {
        List<StatusCount> counts = matters.countsByBoardAndStatus();
        List<String> statuses = counts.stream().map(StatusCount::status).distinct()
                .sorted(statusNames.order(RecordKind.MATTER)).toList();
        CountTable table = new CountTable("matter-counts", getTranslation("matter.board"), statuses.stream()
                .map(s -> statusNames.name(RecordKind.MATTER, s, getLocale())).toList(), getTranslation("home.total"));
        List<Board> boards = matters.boards();
        for (Board board : boards) {
            String code = board.code().toLowerCase();
            table.row(board.name(getLocale()), code, statuses.stream().map(s -> count(counts, board.code(), s,
                    matterList(null, code, statusFilter(s), me))).toList(),
                    count(counts, board.code(), null, matterList(null, code, RecordFilter.none(), me)));
        }
        table.row(getTranslation("matters.all"), MatterListView.ALL, statuses.stream().map(s -> count(counts, "*", s,
                matterList(null, MatterListView.ALL, statusFilter(s), me))).toList(),
                count(counts, "*", null, matterList(null, MatterListView.ALL, RecordFilter.none(), me)));
        matterCounts.removeAll();
        matterCounts.add(counts.isEmpty() ? empty("home.counts.none") : table);
    }

    private void showContractCounts(UUID me) {
        List<StatusCount> counts = contracts.countsByStatus();
        CountTable table = new CountTable("contract-counts", getTranslation("list.status"), List.of(),
                getTranslation("home.count"));
        counts.stream().map(StatusCount::status).distinct().sorted(statusNames.order(RecordKind.CONTRACT))
                .forEach(s -> table.row(statusNames.name(RecordKind.CONTRACT, s, getLocale()), s, List.of(),
                count(counts, "*", s, contractList(null, statusFilter(s), me))));
        table.row(getTranslation("home.total"), "total", List.of(),
                count(counts, "*", null, contractList(null, RecordFilter.none(), me)));
        contractCounts.removeAll();
        contractCounts.add(counts.isEmpty() ? empty("home.counts.none") : table);
    }

    /** Per board, matters on no board (when rated), contracts and all: the average and how many ratings. */
    private void showFeedback() {
        FeedbackAverages averages = feedback.averages();
        CountTable table = new CountTable("feedback-averages", getTranslation("matter.board"),
                List.of(getTranslation("home.feedback.average")), getTranslation("home.feedback.count"));
        for (Board board : matters.boards()) {
            rating(table, board.name(getLocale()), board.code().toLowerCase(), averages.board(board.code()));
        }
        if (averages.unclassified().any()) {
            rating(table, getTranslation("matter.unclassified"), "unclassified", averages.unclassified());
        }
        rating(table, getTranslation("home.feedback.contracts"), "contracts", averages.contracts());
        rating(table, getTranslation("home.feedback.all"), "all", averages.all());
        feedbackAverages.removeAll();
        feedbackAverages.add(averages.all().any() ? table : empty("home.feedback.none"));
    }

    private void rating(CountTable table, String label, String key, RatingAverage rating) {
        Span average = new Span(rating.any() ? String.format(getLocale(), "%.1f", rating.average()) : "—");
        Span count = new Span(Long.toString(rating.count()));
        if (!rating.any()) {
            average.addClassNames(LumoUtility.TextColor.TERTIARY);
            count.addClassNames(LumoUtility.TextColor.TERTIARY);
        }
        table.row(label, key, List.of(average), count);
    }

    private static RecordFilter statusFilter(String status) {
        return new RecordFilter(null, null, Set.of(status), Assignee.ANYONE);
    }

    /** The sum of {@code counts} in {@code group} ("*" for any) and {@code status} (null for any), as a link. */
    private static Component count(List<StatusCount> counts, String group, String status, RouterLink link) {
        long n = counts.stream().filter(c -> "*".equals(group) || group.equals(c.group()))
                .filter(c -> status == null || status.equals(c.status())).mapToLong(StatusCount::count).sum();
        if (n == 0) {
            Span none = new Span("0");
            none.addClassNames(LumoUtility.TextColor.TERTIARY);
            return none;
        }
        link.setText(Long.toString(n));
        return link;
    }

    private RouterLink matterList(String textKey, String board, RecordFilter filter, UUID me) {
        RouterLink link = new RouterLink(textKey == null ? "" : getTranslation(textKey), MatterListView.class,
                new RouteParameters(Map.of("tenant", slug, "board", board)));
        link.setQueryParameters(new QueryParameters(filter.toParameters(me)));
        return link;
    }

    private RouterLink contractList(String textKey, RecordFilter filter, UUID me) {
        RouterLink link = new RouterLink(textKey == null ? "" : getTranslation(textKey), ContractListView.class,
                new RouteParameters(Map.of("tenant", slug)));
        link.setQueryParameters(new QueryParameters(filter.toParameters(me)));
        return link;
    }

    private RouterLink link(String text, WorkItem item) {
        return new RouterLink(text, item.kind() == RecordKind.MATTER ? MatterDetailView.class : ContractDetailView.class,
                new RouteParameters(Map.of("tenant", slug, "reference", item.reference())));
    }

    private H2 heading(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        return heading;
    }

    private Component section(String key, Component content) {
        VerticalLayout section = new VerticalLayout(heading(key), content);
        section.setPadding(false);
        section.setWidth("auto");
        return section;
    }

    private Paragraph empty(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        return empty;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.home.title") + " · Lexdesk";
    }
}
