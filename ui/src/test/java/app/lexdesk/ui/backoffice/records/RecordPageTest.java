package app.lexdesk.ui.backoffice.records;

import static app.lexdesk.ui.backoffice.records.RecordFixtures.IN_REVIEW;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.NEW;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.matter;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordWorkService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The record page shell: the kind's own tabs first, then the section beans that apply, in their order. */
class RecordPageTest {

    final List<RecordContext> contexts = new ArrayList<>();

    @BeforeEach
    void vaadin() {
        RecordFixtures.signIn();
    }

    @AfterEach
    void tearDown() {
        RecordFixtures.signOut();
    }

    @Test
    void sections_that_apply_follow_the_kinds_own_tabs_in_their_order_and_get_the_record() {
        RecordHeaderBar bar = new RecordHeaderBar(mock(RecordWorkService.class), matter(NEW, List.of(IN_REVIEW),
                null, null, 2), null, null);
        Map<String, Component> own = new LinkedHashMap<>();
        own.put("record.tab.overview", new Span("overview"));
        RecordPage page = new RecordPage(bar, own, List.of(section("contracts.tab.terms", 20, RecordKind.CONTRACT),
                section("settings.workflows", 30, RecordKind.MATTER), section("record.description", 10,
                        RecordKind.MATTER)));
        UI.getCurrent().add(page);

        List<String> tabs = new ArrayList<>();
        for (int i = 0; i < page.tabs().getTabCount(); i++) {
            Tab tab = page.tabs().getTabAt(i);
            tabs.add(tab.getLabel());
        }
        assertThat(tabs).containsExactly("Overview", "Description", "Workflows");
        assertThat(contexts).extracting(RecordContext::reference).containsOnly("MAT-2026-000007");
    }

    @Test
    void a_section_that_reads_again_when_shown_is_told_each_time_its_tab_is_opened_and_others_keep_their_content() {
        RecordHeaderBar bar = new RecordHeaderBar(mock(RecordWorkService.class), matter(NEW, List.of(IN_REVIEW),
                null, null, 2), null, null);
        Map<String, Component> own = new LinkedHashMap<>();
        own.put("record.tab.overview", new Span("overview"));
        AtomicInteger shown = new AtomicInteger();
        class Rereading extends Span implements RecordSection.ShownAgain {
            @Override
            public void shown() {
                shown.incrementAndGet();
            }
        }
        Rereading activity = new Rereading();
        RecordSection rereading = new RecordSection() {
            @Override
            public String titleKey() {
                return "record.section.activity";
            }

            @Override
            public int order() {
                return 90;
            }

            @Override
            public Component create(RecordContext record) {
                return activity;
            }
        };
        RecordPage page = new RecordPage(bar, own, List.of(rereading, section("record.description", 10,
                RecordKind.MATTER)));
        UI.getCurrent().add(page);

        page.tabs().setSelectedIndex(2);
        page.tabs().setSelectedIndex(1);
        page.tabs().setSelectedIndex(2);

        assertThat(shown).as("opened twice, read twice").hasValue(2);
        assertThat(page.tabs().getComponent(page.tabs().getTabAt(2))).isSameAs(activity);
    }

    @Test
    void header_actions_that_apply_join_the_header_and_the_others_do_not() {
        RecordHeaderBar bar = new RecordHeaderBar(mock(RecordWorkService.class), matter(NEW, List.of(IN_REVIEW),
                null, null, 2), null, null);
        RecordHeaderAction applies = header -> Optional.of(new Span("act on " + header.reference()));
        RecordHeaderAction never = header -> Optional.empty();
        UI.getCurrent().add(new RecordPage(bar, new LinkedHashMap<>(), List.of(), List.of(applies, never)));

        Component actions = _get(Component.class, s -> s.withId("record-actions"));
        assertThat(actions.getElement().getTextRecursively()).isEqualTo("act on MAT-2026-000007");
    }

    private RecordSection section(String key, int order, RecordKind kind) {
        return new RecordSection() {
            @Override
            public String titleKey() {
                return key;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean appliesTo(RecordContext record) {
                return record.kind() == kind;
            }

            @Override
            public Component create(RecordContext record) {
                contexts.add(record);
                return new Span(key);
            }
        };
    }
}
