package app.lexdesk.ui.portal.home;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.portal.PortalPage;
import app.lexdesk.core.portal.PortalQuery;
import app.lexdesk.core.portal.PortalRequestSummary;
import app.lexdesk.core.portal.PortalScope;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.EnglishDefaults;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.portal.requests.PortalRequestView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * My requests without a browser: read from the core a page at a time, filtered there, marked where they changed or
 * are a colleague's, and shown as cards on a phone.
 */
class PortalHomeViewTest {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    final PortalService portal = mock(PortalService.class);
    final List<PortalRequestSummary> all = IntStream.range(0, 120).mapToObj(i -> summary(i, i == 0, i == 1))
            .toList();

    @BeforeEach
    void signIn() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        // The list links to the request page: its route must be known.
        MockVaadin.setup(new Routes(new HashSet<>(List.of(PortalRequestView.class)), new HashSet<>(), true));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, new TenantMember(new CurrentTenant(UUID.randomUUID(),
                "acme"), "ACME Legal", UUID.randomUUID(), "requester@client.test", "Rachel Moreau",
                Set.of(Role.PORTAL_USER)));
        when(portal.requests(any(), anyInt(), anyInt())).thenAnswer(i -> {
            PortalQuery query = i.getArgument(0);
            int page = i.getArgument(1);
            int size = i.getArgument(2);
            List<PortalRequestSummary> found = all.stream().filter(r -> r.subject().contains(query.text())).toList();
            return new PortalPage(found.subList(Math.min(found.size(), page * size),
                    Math.min(found.size(), (page + 1) * size)), found.size(), page, size);
        });
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void the_list_reads_the_core_a_page_at_a_time_never_more_than_it_serves() {
        open();
        Grid<PortalRequestSummary> grid = grid();

        assertThat(_get(Span.class, s -> s.withId("my-requests-count")).getText()).isEqualTo("120 requests");
        assertThat(_size(grid)).isEqualTo(120);
        assertThat(_fetch(grid, 50, 50)).extracting(PortalRequestSummary::reference)
                .containsExactlyElementsOf(all.subList(50, 100).stream().map(PortalRequestSummary::reference).toList());
        verify(portal).requests(any(), eq(1), eq(50));
        ArgumentCaptor<Integer> sizes = ArgumentCaptor.forClass(Integer.class);
        verify(portal, atLeastOnce()).requests(any(), anyInt(), sizes.capture());
        assertThat(sizes.getAllValues()).allMatch(size -> size <= PortalService.MAX_PAGE_SIZE);
    }

    @Test
    void search_scope_and_kind_are_asked_of_the_core() {
        open();
        _setValue(_get(TextField.class, s -> s.withId("my-requests-search")), "Lease 7");
        @SuppressWarnings("unchecked")
        Select<PortalScope> scope = _get(Select.class, s -> s.withId("my-requests-scope"));
        _setValue(scope, PortalScope.CLOSED);
        @SuppressWarnings("unchecked")
        Select<RequestKind> kind = _get(Select.class, s -> s.withId("my-requests-kind"));
        _setValue(kind, RequestKind.CONTRACT);

        ArgumentCaptor<PortalQuery> asked = ArgumentCaptor.forClass(PortalQuery.class);
        verify(portal, atLeastOnce()).requests(asked.capture(), anyInt(), anyInt());
        assertThat(asked.getValue()).isEqualTo(new PortalQuery("Lease 7", PortalScope.CLOSED, RequestKind.CONTRACT));
    }

    @Test
    void a_request_changed_since_she_looked_and_a_colleagues_request_are_marked() {
        open();
        Grid<PortalRequestSummary> grid = grid();

        assertThat(text(_getCellComponent(grid, 0, "last-update"))).endsWith("Updated");
        assertThat(text(_getCellComponent(grid, 2, "last-update"))).doesNotContain("Updated");
        assertThat(text(_getCellComponent(grid, 1, "subject"))).isEqualTo("Lease 1Colin Petit’s");
        assertThat(text(_getCellComponent(grid, 0, "status"))).isEqualTo("In progress");
        assertThat(text(_getCellComponent(grid, 0, "reference"))).isEqualTo("REQ-2026-000000");
    }

    @Test
    void on_a_phone_each_request_is_a_card_with_its_subject_status_last_update_and_reference() {
        PortalHomeView view = open();
        view.useCards(true);

        _assertNone(Grid.class, s -> s.withId("my-requests"));
        @SuppressWarnings("unchecked")
        VirtualList<PortalRequestSummary> cards = _get(VirtualList.class, s -> s.withId("my-requests-cards"));
        assertThat(VirtualListsKt._size(cards)).isEqualTo(120);
        Component card = VirtualListsKt._getRowComponent(cards, 0);
        assertThat(card.getElement().getClassList()).contains("lexdesk-request-card", "lexdesk-updated");
        assertThat(text(card)).startsWith("Lease 0").contains("In progress", "Updated", "REQ-2026-000000",
                "Updated " + Formats.dateTime(AT.plusSeconds(3600), Locale.ENGLISH));
        view.useCards(false);
        _get(Grid.class, s -> s.withId("my-requests"));
    }

    @Test
    void in_french_the_list_and_its_components_say_nothing_in_english() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        open().useCards(true);

        assertThat(_get(Span.class, s -> s.withId("my-requests-count")).getText()).isEqualTo("120 demandes");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    private PortalHomeView open() {
        PortalHomeView view = new PortalHomeView(portal, mock(MemberCheck.class));
        UI.getCurrent().add(view);
        view.beforeEnter(mock(BeforeEnterEvent.class));
        // The browser's answer about its width comes with the next round trip (Karibu's mock browser is wide).
        MockVaadin.clientRoundtrip();
        return view;
    }

    @SuppressWarnings("unchecked")
    private static Grid<PortalRequestSummary> grid() {
        return _get(Grid.class, s -> s.withId("my-requests"));
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    static PortalRequestSummary summary(int i, boolean updated, boolean colleague) {
        return new PortalRequestSummary(String.format("REQ-2026-%06d", i), "Lease " + i, RequestKind.MATTER,
                "Lease question", "Question de bail", "In progress", "En cours", StatusCategory.OPEN, "Louis Durand",
                AT, AT.plusSeconds(3600), updated, colleague, colleague ? "Colin Petit" : "Rachel Moreau");
    }
}
