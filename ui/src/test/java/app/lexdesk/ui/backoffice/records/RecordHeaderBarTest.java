package app.lexdesk.ui.backoffice.records;

import static app.lexdesk.ui.backoffice.records.RecordFixtures.IN_PROGRESS;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.IN_REVIEW;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.ME;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.NEW;
import static app.lexdesk.ui.backoffice.records.RecordFixtures.matter;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.Priority;
import app.lexdesk.core.records.RecordChangedException;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.records.StaffMember;
import app.lexdesk.core.records.TransitionRefusedException;
import app.lexdesk.ui.common.EnglishDefaults;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The record page's header without a browser: what it shows, the moves it offers, and that every change names
 * the version the page read and turns a conflict or a refusal into a message instead of an overwrite.
 */
class RecordHeaderBarTest {

    final RecordWorkService work = mock(RecordWorkService.class);
    final UUID colleague = UUID.randomUUID();
    final AtomicInteger changes = new AtomicInteger();
    RecordHeaderBar bar;

    @BeforeEach
    void vaadin() {
        RecordFixtures.signIn();
        when(work.staff()).thenReturn(List.of(new StaffMember(ME, "Louis Durand", "lawyer@acme.test"),
                new StaffMember(colleague, "Camille Bernard", "contracts@acme.test")));
    }

    @AfterEach
    void tearDown() {
        RecordFixtures.signOut();
    }

    @Test
    void the_header_shows_reference_title_portal_marker_status_and_the_allowed_moves_as_buttons() {
        open(matter(NEW, List.of(IN_REVIEW), null, null, 3));

        assertThat(_get(H1.class, s -> s.withId("record-title")).getText())
                .isEqualTo("MAT-2026-000007 · Lease dispute");
        assertThat(_get(Span.class, s -> s.withId("from-portal")).isVisible()).isTrue();
        assertThat(_get(Span.class, s -> s.withId("record-status")).getText()).isEqualTo("New");
        assertThat(_find(Button.class, s -> s.withId("transition-IN_REVIEW"))).singleElement()
                .extracting(Button::getText).isEqualTo("In review");
        assertThat(_get(Button.class, s -> s.withId("transition-IN_REVIEW")).getAriaLabel())
                .as("a move says it is one").hasValue("Move to In review");
        assertThat(_find(Button.class, s -> s.withId("transition-IN_PROGRESS"))).isEmpty();
    }

    @Test
    void a_move_names_the_version_read_and_the_header_shows_where_the_record_is_now() {
        open(matter(NEW, List.of(IN_REVIEW), null, null, 3));
        when(work.transition(RecordKind.MATTER, "MAT-2026-000007", 3, "IN_REVIEW"))
                .thenReturn(matter(IN_REVIEW, List.of(IN_PROGRESS), null, null, 4));

        _click(_get(Button.class, s -> s.withId("transition-IN_REVIEW")));

        assertThat(_get(Span.class, s -> s.withId("record-status")).getText()).isEqualTo("In review");
        assertThat(_find(Button.class, s -> s.withId("transition-IN_PROGRESS"))).hasSize(1);
        assertThat(bar.header().version()).isEqualTo(4);
        assertThat(changes).hasValue(1);
    }

    @Test
    void assign_to_me_assigns_the_signed_in_lawyer_in_one_click_and_then_hides() {
        open(matter(NEW, List.of(IN_REVIEW), null, null, 3));
        when(work.assign(RecordKind.MATTER, "MAT-2026-000007", 3, ME))
                .thenReturn(matter(NEW, List.of(IN_REVIEW), ME, "Louis Durand", 4));

        _click(_get(Button.class, s -> s.withId("assign-to-me")));

        @SuppressWarnings("unchecked")
        ComboBox<StaffMember> assignee = _get(ComboBox.class, s -> s.withId("record-assignee"));
        assertThat(assignee.getValue().name()).isEqualTo("Louis Durand");
        assertThat(_find(Button.class, s -> s.withId("assign-to-me"))).as("shown only while it would change something")
                .isEmpty();
    }

    @Test
    void a_change_someone_made_first_is_not_overwritten_and_the_user_is_told_who_and_when() {
        open(matter(NEW, List.of(IN_REVIEW), null, null, 3));
        when(work.edit(eq(RecordKind.MATTER), eq("MAT-2026-000007"), eq(3L), any(EditRecord.class)))
                .thenThrow(new RecordChangedException("MAT-2026-000007", "Camille Bernard",
                        Instant.parse("2026-12-01T10:15:00Z"), 4));

        @SuppressWarnings("unchecked")
        Select<Priority> priority = _get(Select.class, s -> s.withId("record-priority"));
        _setValue(priority, Priority.URGENT);

        assertThat(_get(Span.class, s -> s.withId("record-conflict")).getText())
                .startsWith("Changed by Camille Bernard")
                .contains("reload");
        assertThat(changes).hasValue(0);
        when(work.header(RecordKind.MATTER, "MAT-2026-000007"))
                .thenReturn(Optional.of(matter(IN_REVIEW, List.of(IN_PROGRESS), colleague, "Camille Bernard", 4)));
        _click(_get(Button.class, s -> s.withId("record-reload")));
        assertThat(bar.header().version()).isEqualTo(4);
        assertThat(_get(Span.class, s -> s.withId("record-status")).getText()).isEqualTo("In review");
    }

    @Test
    void a_move_the_workflow_refuses_shows_a_message_and_changes_nothing_shown() {
        open(matter(NEW, List.of(IN_REVIEW), null, null, 3));
        when(work.transition(RecordKind.MATTER, "MAT-2026-000007", 3, "IN_REVIEW"))
                .thenThrow(new TransitionRefusedException("NEW", "IN_REVIEW", List.of()));
        when(work.header(RecordKind.MATTER, "MAT-2026-000007"))
                .thenReturn(Optional.of(matter(NEW, List.of(), null, null, 3)));

        _click(_get(Button.class, s -> s.withId("transition-IN_REVIEW")));

        assertThat(getNotifications()).extracting(RecordHeaderBarTest::text)
                .anyMatch(t -> t.contains("not allowed"));
        assertThat(_get(Span.class, s -> s.withId("record-status")).getText()).isEqualTo("New");
        assertThat(changes).hasValue(0);
        verify(work, never()).assign(any(), any(), anyLong(), any());
    }


    @Test
    void in_french_the_header_and_its_due_date_picker_say_nothing_in_english() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        open(matter(NEW, List.of(IN_REVIEW), null, null, 1));

        assertThat(_get(DatePicker.class, s -> s.withId("record-due-date")).getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    private void open(RecordHeader header) {
        bar = new RecordHeaderBar(work, header, null, changes::incrementAndGet);
        UI.getCurrent().add(bar);
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }
}
