package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.developments.PortalKeyDevelopment;
import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.portal.PortalRequestDetails;
import app.lexdesk.core.portal.PortalRequestSummary;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.core.portal.PortalStatusChange;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.ui.common.CheckedUploads;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.MemberCheck;
import app.lexdesk.ui.common.PlainText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One request as its requester sees it, built from the core's {@link PortalRequestDetails} and nothing else: its
 * status (the portal label) and how it got there, who works on it, what was asked, the key developments, the
 * conversation, the files, the colleagues named on it and what happened when. Someone who may act on it
 * ({@code mayAct}) gets the reply box and "Send files"; a colleague reading it through company visibility gets a
 * banner saying so and nothing to act with; a staff preview shows exactly the requester's page, read only. The portal's
 * request page and the back office's "Preview as requester" both show this component.
 */
public class PortalRequestPanel extends VerticalLayout {

    /** What the panel reads and acts with. */
    public record Services(PortalService portal, AttachmentService attachments, RequestTypeService types,
            FileLinks links, MemberCheck check) {
    }

    private final Services services;
    private final Supplier<Optional<PortalRequestDetails>> reread;
    private final String viewerName;
    private final H1 title = new H1();
    private final Div banners = new Div();
    private final HorizontalLayout badges = new HorizontalLayout();
    private final Div expected = new Div();
    private final FormLayout facts = new FormLayout();
    private final PortalFeedbackPanel rating;
    private final Div submitted = new Div();
    private final Div history = new Div();
    private final Div developments = new Div();
    private final PortalThread thread;
    private final PortalFilesPanel files;
    private final PortalColleaguesPanel colleagues;
    private final PortalTimeline timeline = new PortalTimeline();

    /**
     * @param reread reads the request again after the viewer acted on it; null for a read-only view (a preview)
     */
    public PortalRequestPanel(Services services, PortalRequestDetails details,
            Supplier<Optional<PortalRequestDetails>> reread) {
        this.services = services;
        this.reread = reread;
        PortalRequestSummary summary = details.summary();
        boolean acts = details.mayAct() && !details.preview() && reread != null;
        this.viewerName = details.preview() ? summary.requesterName() : CurrentMember.require().displayName();
        setId("portal-request-panel");
        setPadding(false);
        title.setId("request-reference");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        badges.addClassNames(LumoUtility.FlexWrap.WRAP);
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        expected.setId("portal-expected-answer");
        expected.addClassNames("lexdesk-banner", LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        rating = new PortalFeedbackPanel(services.portal(), summary.reference(), this::reload);
        facts.setId("portal-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        submitted.setId("portal-submitted");
        submitted.setWidthFull();
        history.setId("portal-status-history");
        developments.setId("portal-developments");
        developments.setWidthFull();
        String reference = summary.reference();
        thread = new PortalThread(services, viewerName, acts ? reference : null, this::reload);
        files = new PortalFilesPanel(services, acts ? sender(reference) : null, this::reload);
        // Only the requester names colleagues (the core says who that is, and refuses anyone else).
        colleagues = acts && details.mayNameColleagues() ? new PortalColleaguesPanel(services.portal(), reference)
                : null;
        add(title, banners, badges, expected, facts, rating, section("portal.request.asked", submitted),
                section("portal.status.history", history), section("portal.developments.title", developments),
                thread, files);
        if (colleagues != null) {
            add(colleagues);
        }
        add(timeline);
        show(details);
    }

    /** Shows the request as read now; what the viewer is typing in the reply box stays. */
    public void show(PortalRequestDetails details) {
        PortalRequestSummary summary = details.summary();
        Locale locale = getLocale();
        title.setText(getTranslation("portal.request.title", summary.reference()) + " · " + summary.subject());
        banners.removeAll();
        if (details.preview()) {
            banners.add(banner("portal-preview-banner", VaadinIcon.EYE,
                    getTranslation("portal.preview.banner", summary.requesterName())));
        }
        if (summary.colleague()) {
            banners.add(banner("portal-colleague-banner", VaadinIcon.USERS,
                    getTranslation("portal.colleague.banner", summary.requesterName())));
        }
        badges.removeAll();
        Span status = new Span(summary.statusLabel(locale));
        status.setId("portal-status");
        status.getElement().getThemeList().add(PortalStatuses.badge(summary.category()));
        Span type = new Span(getTranslation(PortalStatuses.kindKey(summary.kind())) + " · "
                + summary.typeName(locale));
        type.setId("portal-type");
        type.addClassNames(LumoUtility.TextColor.SECONDARY);
        badges.add(status, type);
        facts.removeAll();
        facts.addFormItem(span("portal-assignee", summary.assigneeName() == null
                ? getTranslation("portal.request.unassigned") : summary.assigneeName()),
                getTranslation("portal.request.assignee"));
        facts.addFormItem(span("portal-submitted-at", Formats.dateTime(summary.submittedAt(), locale)),
                getTranslation("request.field.submitted"));
        facts.addFormItem(span("portal-last-update", Formats.dateTime(summary.lastUpdate(), locale)),
                getTranslation("portal.list.last-update"));
        if (summary.colleague() || details.preview()) {
            facts.addFormItem(span("portal-requester", summary.requesterName()),
                    getTranslation("request.field.requester"));
        }
        showAnswer(details);
        showSubmitted(details);
        showHistory(details.statusHistory());
        showDevelopments(details.developments());
        thread.show(details.notes());
        files.show(details.files());
        if (colleagues != null) {
            colleagues.show(details.colleagues());
        }
        timeline.show(details.timeline(), details.statusHistory());
    }

    private void reload() {
        if (reread == null) {
            return;
        }
        Optional<PortalRequestDetails> again = reread.get();
        if (again.isPresent()) {
            show(again.get());
        } else {
            Notification.show(getTranslation("portal.request.gone"));
        }
    }

    private CheckedUploads.Receiver sender(String reference) {
        return (name, size, content) -> {
            AttachmentSummary stored = services.attachments().upload(name, size, content);
            services.portal().send(reference, List.of(stored.id()));
        };
    }

    /**
     * While the legal team has not answered, the day a first answer is expected; once the request is closed, the
     * requester's rating of the answer (or the form to give one). A preview shows what the requester would see.
     */
    private void showAnswer(PortalRequestDetails details) {
        expected.removeAll();
        if (details.expectedAnswerBy() != null) {
            expected.add(VaadinIcon.CLOCK.create(), new Span(getTranslation("portal.request.expected-answer",
                    Formats.date(details.expectedAnswerBy(), getLocale()))));
        }
        expected.setVisible(details.expectedAnswerBy() != null);
        boolean closed = details.summary().category() == StatusCategory.CLOSED;
        rating.show(closed ? Optional.ofNullable(details.feedback()) : Optional.empty(),
                closed && details.mayRate() && reread != null);
    }

    private void showSubmitted(PortalRequestDetails details) {
        submitted.removeAll();
        Optional<RequestTypeDetails> type = typeOf(details.summary());
        if (!details.fields().isEmpty()) {
            FormLayout values = new FormLayout();
            values.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            type.map(t -> t.fields().stream().map(FieldDefinition::code).toList()).orElse(List.of()).stream()
                    .filter(details.fields()::containsKey)
                    .forEach(code -> values.addFormItem(new Span(value(type.get(), code, details.fields().get(code))),
                            label(type.get(), code)));
            // Values of fields the type no longer has still show, under their code.
            details.fields().entrySet().stream().filter(e -> type.map(t -> t.fields().stream()
                    .noneMatch(f -> f.code().equals(e.getKey()))).orElse(true))
                    .forEach(e -> values.addFormItem(new Span(e.getValue()), e.getKey()));
            submitted.add(values);
        }
        Span heading = new Span(getTranslation("request.field.description"));
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Div description = PlainText.of(details.description() == null || details.description().isBlank() ? "—"
                : details.description());
        description.setId("portal-description");
        submitted.add(heading, description);
    }

    private void showHistory(List<PortalStatusChange> changes) {
        history.removeAll();
        if (changes.isEmpty()) {
            history.add(secondary(getTranslation("portal.status.history.none")));
            return;
        }
        UnorderedList steps = new UnorderedList();
        steps.addClassNames(LumoUtility.Margin.NONE);
        for (PortalStatusChange change : changes) {
            Span label = new Span(change.label(getLocale()));
            label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Right.SMALL);
            Span at = new Span(Formats.dateTime(change.at(), getLocale()));
            at.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            steps.add(new ListItem(label, at));
        }
        history.add(steps);
    }

    private void showDevelopments(List<PortalKeyDevelopment> shown) {
        developments.removeAll();
        if (shown.isEmpty()) {
            developments.add(secondary(getTranslation("portal.developments.none")));
            return;
        }
        for (PortalKeyDevelopment d : shown) {
            Div card = new Div();
            card.addClassNames("lexdesk-development", "lexdesk-shared");
            Span date = new Span(Formats.date(d.date(), getLocale()));
            date.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            Span heading = new Span(d.title());
            heading.addClassNames("lexdesk-development-title", LumoUtility.FontWeight.SEMIBOLD);
            Div head = new Div(heading);
            card.add(date, head);
            if (d.text() != null && !d.text().isBlank()) {
                card.add(PlainText.of(d.text()));
            }
            developments.add(card);
        }
    }

    /**
     * The request's type as the tenant defines it now, for its fields' labels: the summary names it (in both
     * languages), the same names and kind find it.
     */
    private Optional<RequestTypeDetails> typeOf(PortalRequestSummary summary) {
        return services.types().all().stream().filter(t -> t.kind() == summary.kind()
                && t.name(Locale.ENGLISH).equals(summary.typeNameEn())
                && t.name(Locale.FRENCH).equals(summary.typeNameFr())).findFirst();
    }

    private String label(RequestTypeDetails type, String code) {
        return type.fields().stream().filter(f -> f.code().equals(code)).findFirst().map(f -> f.label(getLocale()))
                .orElse(code);
    }

    private String value(RequestTypeDetails type, String code, String value) {
        FieldDefinition field = type.fields().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        return switch (field.type()) {
            case YES_NO -> getTranslation("true".equals(value) ? "common.yes" : "common.no");
            case CHOICE -> field.options().stream().filter(o -> o.code().equals(value)).findFirst()
                    .map(o -> o.label(getLocale())).orElse(value);
            default -> value;
        };
    }

    private VerticalLayout section(String titleKey, Component content) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), content);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private static Div banner(String id, VaadinIcon icon, String text) {
        Div banner = new Div(icon.create(), new Span(text));
        banner.setId(id);
        banner.addClassNames("lexdesk-banner", LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER);
        return banner;
    }

    private static Span span(String id, String text) {
        Span span = new Span(text == null ? "—" : text);
        span.setId(id);
        return span;
    }

    private static Paragraph secondary(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        return p;
    }
}
