package app.lexdesk.ui.backoffice.feedback;

import app.lexdesk.core.feedback.FeedbackDetails;
import app.lexdesk.core.feedback.FeedbackService;
import app.lexdesk.core.feedback.RateAnswer;
import app.lexdesk.core.responses.ExpectedResponseService;
import app.lexdesk.core.responses.ResponseSummary;
import app.lexdesk.ui.backoffice.records.RecordContext;
import app.lexdesk.ui.backoffice.records.RecordSection;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.PlainText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;

/**
 * What the requester was promised and thought, for the legal team: when a first answer was expected and when it came
 * (or that the request type promised none), then the requester's rating and comment once they gave one. Read again
 * each time the tab is opened: a note or a move in another tab answers the request.
 */
class FeedbackPanel extends VerticalLayout implements RecordSection.ShownAgain {

    private final FeedbackService feedback;
    private final ExpectedResponseService responses;
    private final RecordContext record;
    private final Paragraph answer = new Paragraph();
    private final Div given = new Div();

    FeedbackPanel(FeedbackService feedback, ExpectedResponseService responses, RecordContext record) {
        this.feedback = feedback;
        this.responses = responses;
        this.record = record;
        setId("record-feedback");
        setPadding(false);
        answer.setId("record-answer");
        given.setId("feedback-given");
        given.setWidthFull();
        add(new H3(getTranslation("feedback.answer.title")), answer, new H3(getTranslation("feedback.title")), given);
        shown();
    }

    @Override
    public void shown() {
        showAnswer(responses.forRecord(record.recordId()));
        showFeedback(feedback.of(record.recordId()));
    }

    private void showAnswer(Optional<ResponseSummary> found) {
        if (found.isEmpty()) {
            answer.setText(getTranslation("feedback.answer.none"));
            return;
        }
        ResponseSummary r = found.get();
        String expected = Formats.date(r.expectedBy(), getLocale());
        answer.setText(switch (r.state()) {
            case ON_TIME -> getTranslation("feedback.answer.on-time", expected, r.targetDays());
            case AT_RISK -> getTranslation("feedback.answer.at-risk", expected, r.targetDays());
            case LATE -> getTranslation("feedback.answer.late", expected, r.targetDays());
            case ANSWERED -> getTranslation(r.answeredLate() ? "feedback.answer.answered-late"
                    : "feedback.answer.answered", Formats.dateTime(r.firstResponseAt(), getLocale()), expected,
                    getTranslation(switch (r.firstResponseKind()) {
                        case SHARED_NOTE -> "feedback.answer.by-note";
                        case VISIBLE_DEVELOPMENT -> "feedback.answer.by-development";
                        case STATUS_CHANGE -> "feedback.answer.by-status";
                    }));
        });
    }

    private void showFeedback(Optional<FeedbackDetails> found) {
        given.removeAll();
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("feedback.none"));
            none.setId("feedback-none");
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            given.add(none);
            return;
        }
        FeedbackDetails f = found.get();
        Span stars = new Span("★".repeat(f.rating()) + "☆".repeat(RateAnswer.RATING_MAX - f.rating()));
        stars.getElement().setAttribute("aria-hidden", "true");
        stars.addClassNames(LumoUtility.TextColor.PRIMARY, LumoUtility.FontSize.XLARGE);
        Span rating = new Span(getTranslation("feedback.rating", f.rating(), RateAnswer.RATING_MAX));
        rating.setId("feedback-rating");
        rating.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Left.SMALL);
        Paragraph when = new Paragraph(f.changed()
                ? getTranslation("feedback.changed", Formats.dateTime(f.givenAt(), getLocale()),
                        Formats.dateTime(f.firstGivenAt(), getLocale()))
                : getTranslation("feedback.given", Formats.dateTime(f.givenAt(), getLocale())));
        when.setId("feedback-when");
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div comment = f.comment().isEmpty() ? new Div(new Span(getTranslation("feedback.no-comment")))
                : PlainText.of(f.comment());
        comment.setId("feedback-comment");
        given.add(new Div(stars, rating), comment, when);
    }
}
