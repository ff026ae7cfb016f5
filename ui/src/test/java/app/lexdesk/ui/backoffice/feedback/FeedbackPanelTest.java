package app.lexdesk.ui.backoffice.feedback;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.lexdesk.core.feedback.FeedbackDetails;
import app.lexdesk.core.feedback.FeedbackService;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.core.responses.FirstResponseKind;
import app.lexdesk.core.responses.ResponseState;
import app.lexdesk.core.responses.ResponseSummary;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The record page's "Answer &amp; feedback" tab without a browser: the promise and when it was kept, the requester's
 * rating and comment as given, a tab that reads both again when shown, and only records with a request get the tab.
 */
class FeedbackPanelTest {

    final FeedbackService feedback = mock(FeedbackService.class);
    final ExpectedResponseService responses = mock(ExpectedResponseService.class);
    final UUID record = UUID.randomUUID();
    final RecordContext context = new RecordContext(record, RecordKind.MATTER, "MAT-2026-000001", UUID.randomUUID(),
            null);

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void staff_read_the_requesters_rating_and_comment_and_when_the_first_answer_came() {
        when(responses.forRecord(record)).thenReturn(Optional.of(new ResponseSummary(record, ResponseState.ANSWERED,
                Instant.parse("2026-03-26T10:00:00Z"), 2, LocalDate.of(2026, 3, 30),
                Instant.parse("2026-03-27T14:15:00Z"), FirstResponseKind.SHARED_NOTE, false)));
        when(feedback.of(record)).thenReturn(Optional.of(new FeedbackDetails(record, 4, "Quick and clear.\nThanks!",
                UUID.randomUUID(), Instant.parse("2026-04-02T08:00:00Z"), Instant.parse("2026-04-03T09:30:00Z"))));
        open();

        assertThat(text("record-answer")).isEqualTo("Answered on Mar 27, 2026, 3:15 PM by a shared note, on time "
                + "(expected by Mar 30, 2026).");
        assertThat(text("feedback-rating")).isEqualTo("Rated 4 out of 5");
        assertThat(text("feedback-comment")).isEqualTo("Quick and clear.Thanks!");
        assertThat(text("feedback-when")).isEqualTo("Changed on Apr 3, 2026, 11:30 AM; first given on Apr 2, 2026, "
                + "10:00 AM");
    }

    @Test
    void without_feedback_or_promise_it_says_so_and_reads_both_again_when_the_tab_is_shown() {
        when(responses.forRecord(record)).thenReturn(Optional.empty());
        when(feedback.of(record)).thenReturn(Optional.empty());
        FeedbackPanel panel = open();
        assertThat(text("record-answer")).isEqualTo("This request’s type promises no first-answer time.");
        assertThat(_get(Paragraph.class, s -> s.withId("feedback-none")).getText()).startsWith("No feedback yet.");

        when(responses.forRecord(record)).thenReturn(Optional.of(new ResponseSummary(record, ResponseState.AT_RISK,
                Instant.parse("2026-03-26T10:00:00Z"), 1, LocalDate.of(2026, 3, 27), null, null, false)));
        when(feedback.of(record)).thenReturn(Optional.of(new FeedbackDetails(record, 2, "", UUID.randomUUID(),
                Instant.parse("2026-04-02T08:00:00Z"), Instant.parse("2026-04-02T08:00:00Z"))));
        panel.shown();
        assertThat(text("record-answer")).isEqualTo("Expected by Mar 27, 2026 (1 business day): at risk, one business "
                + "day or less left.");
        assertThat(text("feedback-rating")).isEqualTo("Rated 2 out of 5");
        assertThat(text("feedback-comment")).isEqualTo("No comment.");
        assertThat(text("feedback-when")).isEqualTo("Given on Apr 2, 2026, 10:00 AM");
    }

    @Test
    void only_records_opened_from_a_request_have_the_tab() {
        FeedbackSection section = new FeedbackSection(feedback, responses);
        assertThat(section.appliesTo(context)).isTrue();
        assertThat(section.appliesTo(new RecordContext(record, RecordKind.MATTER, "MAT-2026-000002", null, null)))
                .isFalse();
        assertThat(section.titleKey()).isEqualTo("record.section.feedback");
    }

    private FeedbackPanel open() {
        FeedbackPanel panel = new FeedbackPanel(feedback, responses, context);
        UI.getCurrent().add(panel);
        return panel;
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }
}
