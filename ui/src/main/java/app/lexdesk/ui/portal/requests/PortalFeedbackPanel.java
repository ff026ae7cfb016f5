package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.feedback.PortalFeedback;
import app.lexdesk.core.portal.PortalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Once a request is closed, its requester rates the answer (1 to 5, with a comment) or reads back the rating they
 * gave, which they may change. The core decides who may rate (the requester, once the record is closed); anyone
 * else sees nothing here.
 */
class PortalFeedbackPanel extends VerticalLayout {

    private final PortalService portal;
    private final String reference;
    private final Runnable rated;
    private final Div content = new Div();
    private boolean mayRate;

    /** @param rated after a rating was given (read the request again) */
    PortalFeedbackPanel(PortalService portal, String reference, Runnable rated) {
        this.portal = portal;
        this.reference = reference;
        this.rated = rated;
        setId("portal-feedback");
        setPadding(false);
        content.setWidthFull();
        add(new H3(getTranslation("portal.feedback.title")), content);
        setVisible(false);
    }

    /**
     * Shows the given rating (with a way to change it when {@code mayRate}), or the form when the requester may rate
     * now, or nothing.
     */
    void show(Optional<PortalFeedback> given, boolean mayRate) {
        this.mayRate = mayRate;
        content.removeAll();
        if (given.isPresent()) {
            content.add(given(given.get()));
        } else if (mayRate) {
            content.add(form());
        }
        setVisible(given.isPresent() || mayRate);
    }

    private Div given(PortalFeedback given) {
        Paragraph rating = new Paragraph(getTranslation("portal.feedback.given", given.rating(),
                ratingLabel(given.rating())));
        rating.setId("portal-feedback-given");
        Div shown = new Div(rating);
        if (given.comment() != null && !given.comment().isBlank()) {
            Paragraph comment = new Paragraph(given.comment());
            comment.addClassNames("lexdesk-plain-text", LumoUtility.TextColor.SECONDARY);
            shown.add(comment);
        }
        if (mayRate) {
            // Rating again replaces the earlier rating (a misclick can be undone).
            Button change = new Button(getTranslation("portal.feedback.change"), e -> {
                content.removeAll();
                content.add(form());
            });
            change.setId("feedback-change");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            shown.add(change);
        }
        return shown;
    }

    private VerticalLayout form() {
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("portal.feedback.rating"));
        rating.setId("feedback-rating");
        rating.setItems(List.of(1, 2, 3, 4, 5));
        rating.setItemLabelGenerator(r -> r + " — " + ratingLabel(r));
        TextArea comment = new TextArea(getTranslation("portal.feedback.comment"));
        comment.setId("feedback-comment");
        comment.setWidthFull();
        comment.setMaxLength(2_000);
        Button send = new Button(getTranslation("portal.feedback.send"));
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            try {
                portal.rate(reference, rating.getValue(), comment.getValue());
                Notification.show(getTranslation("portal.feedback.thanks"));
                rated.run();
            } catch (InvalidParameterException ex) {
                if ("comment".equals(ex.field())) {
                    comment.setErrorMessage(getTranslation("portal.feedback.error.comment"));
                    comment.setInvalid(true);
                } else if ("rating".equals(ex.field())) {
                    rating.setErrorMessage(getTranslation("portal.feedback.error.rating"));
                    rating.setInvalid(true);
                } else {
                    refused();
                }
            } catch (NoSuchElementException ex) {
                refused();
            }
        });
        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("portal.feedback.ask")), rating,
                comment, send);
        form.setPadding(false);
        return form;
    }

    private void refused() {
        Notification refused = Notification.show(getTranslation("portal.feedback.error.refused"));
        refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String ratingLabel(int rating) {
        return switch (rating) {
            case 1 -> getTranslation("portal.feedback.rating.poor");
            case 2 -> getTranslation("portal.feedback.rating.fair");
            case 3 -> getTranslation("portal.feedback.rating.good");
            case 4 -> getTranslation("portal.feedback.rating.very-good");
            default -> getTranslation("portal.feedback.rating.excellent");
        };
    }
}
