package app.lexdesk.ui.portal.requests;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.activity.PortalActivity;
import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.attachments.PortalFile;
import app.lexdesk.core.developments.PortalKeyDevelopment;
import app.lexdesk.core.feedback.PortalFeedback;
import app.lexdesk.core.intake.FieldDefinition;
import app.lexdesk.core.intake.FieldType;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.notes.PortalNote;
import app.lexdesk.core.portal.PortalColleague;
import app.lexdesk.core.portal.PortalRequestDetails;
import app.lexdesk.core.portal.PortalRequestSummary;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.core.portal.PortalStatusChange;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.EnglishDefaults;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import app.lexdesk.ui.common.MemberCheck;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The request as its requester sees it, without a browser: everything the core gives shows, in the viewer's words;
 * the reply box, "Send files" and naming colleagues only for someone who may act; a colleague's request says it is
 * read only.
 */
class PortalRequestPanelTest {

    static final String REF = "REQ-2026-000042";
    static final UUID RACHEL = UUID.randomUUID();
    static final UUID COLIN = UUID.randomUUID();
    static final Instant SUBMITTED = Instant.parse("2026-03-02T09:00:00Z");
    static final RequestTypeDetails LEASE = new RequestTypeDetails(null, "lease", RequestKind.MATTER, "Lease question",
            "Question de bail", "", "", "CORPORATE", List.of(new FieldDefinition("counterparty", FieldType.SHORT_TEXT,
            false, "Other party", "Partie adverse", "", "", null), new FieldDefinition("urgent", FieldType.YES_NO,
            false, "Urgent", "Urgent", "", "", null)), true);

    final PortalService portal = mock(PortalService.class);
    final AttachmentService attachments = mock(AttachmentService.class);
    final RequestTypeService types = mock(RequestTypeService.class);
    final FileLinks links = mock(FileLinks.class);
    final MemberCheck check = mock(MemberCheck.class);
    TenantMember rachel;

    @BeforeEach
    void signIn() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        rachel = new TenantMember(new CurrentTenant(UUID.randomUUID(), "acme"), "ACME Legal", RACHEL,
                "requester@client.test", "Rachel Moreau", Set.of(Role.PORTAL_USER));
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, rachel);
        when(check.current("acme")).thenReturn(Optional.of(rachel));
        when(types.all()).thenReturn(List.of(LEASE));
        when(attachments.maxFileSize()).thenReturn(10_000_000L);
        when(links.download(any())).thenAnswer(i -> new Anchor("#", ((AttachmentSummary) i.getArgument(0))
                .filename()));
        when(portal.colleagues()).thenReturn(List.of(new PortalColleague(COLIN, "Colin Petit")));
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void every_item_the_core_gives_the_requester_shows_in_her_words() {
        show(details(summary(false), true, false));

        assertThat(text("portal-status")).isEqualTo("In progress");
        assertThat(text("portal-type")).isEqualTo("Matter · Lease question");
        assertThat(text("portal-assignee")).isEqualTo("Louis Durand");
        assertThat(text("portal-description")).isEqualTo("The landlord wants the keys back.");
        assertThat(text("portal-submitted")).contains("Other party", "Bailleur SA", "Urgent", "Yes");
        assertThat(text("portal-status-history")).contains("Received", "In progress");
        assertThat(text("portal-developments")).contains("Hearing set", "The court sits on 12 May.");
        List<Div> notes = _find(Div.class, s -> s.withClasses("lexdesk-note"));
        assertThat(notes).extracting(n -> n.getElement().getTextRecursively()).containsExactly(
                "Legal teamLouis Durand" + at(SUBMITTED.plusSeconds(3600)) + "We wrote to the landlord.",
                "YouRachel Moreau" + at(SUBMITTED.plusSeconds(7200)) + "Thank you!");
        assertThat(notes.get(1).getClassNames()).contains("lexdesk-from-requester");
        Grid<?> files = _get(Grid.class, s -> s.withId("request-files"));
        assertThat(files.getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat(text("portal-timeline")).contains("Request submitted", "Status changed to In progress",
                "Message from the legal team", "Reply sent", "Key development added", "Now handled by Louis Durand")
                .doesNotContain("matter.status-changed", "note.shared");
        assertThat(text("portal-colleagues")).contains("Colin Petit");
        _assertNone(Div.class, s -> s.withId("portal-colleague-banner"));
    }

    @Test
    void the_reply_box_send_files_and_colleagues_are_there_only_for_someone_who_may_act() {
        show(details(summary(false), true, false));
        _get(TextArea.class, s -> s.withId("reply-text"));
        _get(Upload.class, s -> s.withId("reply-attachments"));
        _get(Upload.class, s -> s.withId("portal-send-files"));
        UI.getCurrent().removeAll();

        show(details(summary(false), false, false));
        _assertNone(TextArea.class, s -> s.withId("reply-text"));
        _assertNone(Upload.class, s -> s.withId("reply-attachments"));
        _assertNone(Upload.class, s -> s.withId("portal-send-files"));
        _assertNone(ComboBox.class, s -> s.withId("colleague-picker"));
        assertThat(text("portal-notes")).contains("We wrote to the landlord.");
    }

    @Test
    void a_colleagues_request_says_it_is_read_only_and_offers_nothing_to_act_with() {
        show(details(summary(true), false, false));

        assertThat(text("portal-colleague-banner")).isEqualTo(
                "This is Rachel Moreau’s request. You can read it, but not reply or send files.");
        assertThat(text("portal-requester")).isEqualTo("Rachel Moreau");
        _assertNone(TextArea.class, s -> s.withId("reply-text"));
        _assertNone(Component.class, s -> s.withId("portal-colleagues"));
    }

    @Test
    void a_reply_goes_to_the_core_with_the_files_stored_for_it_and_the_request_is_read_again() {
        UUID upload = UUID.randomUUID();
        when(attachments.upload(eq("bail.pdf"), anyLong(), any())).thenReturn(new AttachmentSummary(upload, "bail.pdf",
                "application/pdf", 9, null, false, Instant.now()));
        when(portal.request(REF)).thenReturn(Optional.of(details(summary(false), true, false)));
        show(details(summary(false), true, false));

        UploadKt._upload(_get(Upload.class, s -> s.withId("reply-attachments")), "bail.pdf", "application/pdf",
                "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8));
        _setValue(_get(TextArea.class, s -> s.withId("reply-text")), "Here is the lease.");
        _click(_get(Button.class, s -> s.withId("reply-send")));

        verify(portal).reply(REF, "Here is the lease.", List.of(upload));
        verify(portal).request(REF);
        assertThat(_get(TextArea.class, s -> s.withId("reply-text")).getValue()).isEmpty();
    }

    @Test
    void an_empty_reply_is_refused_on_the_field() {
        when(portal.reply(eq(REF), anyString(), any())).thenThrow(new InvalidParameterException("text", "required",
                "text is required."));
        show(details(summary(false), true, false));

        _click(_get(Button.class, s -> s.withId("reply-send")));

        TextArea text = _get(TextArea.class, s -> s.withId("reply-text"));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Write your reply first.");
        verify(portal, never()).request(REF);
    }

    @Test
    void the_requester_names_a_colleague_from_her_company() {
        when(portal.nameColleague(REF, COLIN)).thenReturn(List.of(new PortalColleague(COLIN, "Colin Petit")));
        show(details(summary(false), true, false, List.of()));
        assertThat(text("portal-colleagues")).contains("Nobody else is named on this request.");

        @SuppressWarnings("unchecked")
        ComboBox<PortalColleague> picker = _get(ComboBox.class, s -> s.withId("colleague-picker"));
        _setValue(picker, new PortalColleague(COLIN, "Colin Petit"));
        _click(_get(Button.class, s -> s.withId("colleague-add")));

        verify(portal).nameColleague(REF, COLIN);
        _get(Button.class, s -> s.withId("colleague-remove-" + COLIN));
    }

    @Test
    void a_staff_preview_is_the_requesters_page_read_only() {
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, new TenantMember(rachel.tenant(), "ACME Legal",
                UUID.randomUUID(), "lawyer@acme.test", "Louis Durand", Set.of(Role.LEGAL_STAFF)));
        UI.getCurrent().add(new PortalRequestPanel(services(), details(summary(false), false, true), null));

        assertThat(text("portal-preview-banner")).contains("exactly what Rachel Moreau sees");
        _assertNone(TextArea.class, s -> s.withId("reply-text"));
        assertThat(_find(Div.class, s -> s.withClasses("lexdesk-note")).get(1).getElement().getTextRecursively())
                .as("her replies still read as hers").startsWith("You");
    }

    @Test
    void in_french_the_page_and_its_components_say_nothing_in_english() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        show(details(summary(false), true, false));

        assertThat(text("portal-status")).isEqualTo("En cours");
        assertThat(text("portal-type")).isEqualTo("Dossier · Question de bail");
        assertThat(text("portal-timeline")).contains("Statut passé à En cours", "Demande envoyée");
        assertThat(text("portal-submitted")).contains("Partie adverse", "Oui");
        assertThat(_get(Upload.class, s -> s.withId("reply-attachments")).getI18n().getAddFiles().getMany())
                .isEqualTo("Ajouter des fichiers…");
        assertThat(EnglishDefaults.in(UI.getCurrent())).isEmpty();
    }

    @Test
    void the_expected_answer_shows_while_there_is_one_and_a_closed_request_offers_the_rating_form() {
        show(answered(details(summary(false), true, false), LocalDate.of(2026, 3, 6), null, false));
        assertThat(text("portal-expected-answer")).isEqualTo("Expected answer by "
                + Formats.date(LocalDate.of(2026, 3, 6), Locale.ENGLISH));
        _assertNone(Component.class, s -> s.withId("portal-feedback"));
        UI.getCurrent().removeAll();

        PortalRequestDetails closed = details(summary(false, "Closed", "Clôturée", StatusCategory.CLOSED), true,
                false);
        when(portal.request(REF)).thenReturn(Optional.of(answered(closed, null, new PortalFeedback(4,
                "Clear and quick.", Instant.now()), true)));
        show(answered(closed, null, null, true));
        _assertNone(Component.class, s -> s.withId("portal-expected-answer"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> rating = _get(RadioButtonGroup.class, s -> s.withId("feedback-rating"));
        _setValue(rating, 4);
        _setValue(_get(TextArea.class, s -> s.withId("feedback-comment")), "Clear and quick.");
        _click(_get(Button.class, s -> s.withId("feedback-send")));

        verify(portal).rate(REF, 4, "Clear and quick.");
        assertThat(text("portal-feedback-given")).isEqualTo("Rated 4/5 — Very good");
        _assertNone(RadioButtonGroup.class, s -> s.withId("feedback-rating"));
    }

    @Test
    void a_rating_already_given_is_read_back_and_its_requester_may_change_it() {
        show(answered(details(summary(false, "Closed", "Clôturée", StatusCategory.CLOSED), true, false), null,
                new PortalFeedback(5, "Thanks", Instant.now()), true));

        assertThat(text("portal-feedback-given")).isEqualTo("Rated 5/5 — Excellent");
        _assertNone(Button.class, s -> s.withId("feedback-send"));
        _click(_get(Button.class, s -> s.withId("feedback-change")));
        _get(Button.class, s -> s.withId("feedback-send"));
    }

    @Test
    void a_preview_reads_the_rating_back_without_offering_to_change_it() {
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, new TenantMember(rachel.tenant(), "ACME Legal",
                UUID.randomUUID(), "lawyer@acme.test", "Louis Durand", Set.of(Role.LEGAL_STAFF)));
        UI.getCurrent().add(new PortalRequestPanel(services(), answered(details(summary(false, "Closed", "Clôturée",
                StatusCategory.CLOSED), false, true), null, new PortalFeedback(2, "Slow", Instant.now()), false),
                null));

        assertThat(text("portal-feedback-given")).isEqualTo("Rated 2/5 — Fair");
        _assertNone(Button.class, s -> s.withId("feedback-change"));
        _assertNone(Button.class, s -> s.withId("feedback-send"));
    }

    private void show(PortalRequestDetails details) {
        UI.getCurrent().add(new PortalRequestPanel(services(), details, () -> portal.request(REF)));
    }

    private PortalRequestPanel.Services services() {
        return new PortalRequestPanel.Services(portal, attachments, types, links, check);
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private static String at(Instant instant) {
        return Formats.dateTime(instant, UI.getCurrent().getLocale());
    }

    static PortalRequestSummary summary(boolean colleague) {
        return summary(colleague, "In progress", "En cours", StatusCategory.OPEN);
    }

    static PortalRequestSummary summary(boolean colleague, String en, String fr, StatusCategory category) {
        return new PortalRequestSummary(REF, "Lease of the Lyon office", RequestKind.MATTER, "Lease question",
                "Question de bail", en, fr, category, "Louis Durand", SUBMITTED, SUBMITTED.plusSeconds(7200), true,
                colleague, "Rachel Moreau");
    }

    static PortalRequestDetails details(PortalRequestSummary summary, boolean mayAct, boolean preview) {
        return details(summary, mayAct, preview, List.of(new PortalColleague(COLIN, "Colin Petit")));
    }

    static PortalRequestDetails details(PortalRequestSummary summary, boolean mayAct, boolean preview,
            List<PortalColleague> named) {
        Instant opened = SUBMITTED.plusSeconds(60);
        return new PortalRequestDetails(summary, "The landlord wants the keys back.",
                Map.of("counterparty", "Bailleur SA", "urgent", "true"),
                List.of(new PortalStatusChange("Received", "Reçue", opened),
                        new PortalStatusChange("In progress", "En cours", SUBMITTED.plusSeconds(1800))),
                List.of(new PortalKeyDevelopment(UUID.randomUUID(), LocalDate.of(2026, 3, 3), "Hearing set",
                        "The court sits on 12 May.")),
                // The core gives notes newest first.
                List.of(new PortalNote(UUID.randomUUID(), "Thank you!", "Rachel Moreau", SUBMITTED.plusSeconds(7200),
                        true), new PortalNote(UUID.randomUUID(), "We wrote to the landlord.", "Louis Durand",
                        SUBMITTED.plusSeconds(3600), false)),
                List.of(new PortalFile(UUID.randomUUID(), "Pièces", "bail.pdf", "application/pdf", 2048, false,
                        SUBMITTED.plusSeconds(900))),
                List.of(new PortalActivity("request.submitted", SUBMITTED, Map.of("reference", REF)),
                        new PortalActivity("matter.status-changed", opened, Map.of("status", "RECEIVED")),
                        new PortalActivity("matter.assigned", opened, Map.of("assignee", "Louis Durand")),
                        new PortalActivity("matter.status-changed", SUBMITTED.plusSeconds(1800),
                                Map.of("status", "IN_PROGRESS")),
                        new PortalActivity("development.added", SUBMITTED.plusSeconds(2000),
                                Map.of("visibleToPortal", true)),
                        new PortalActivity("note.shared", SUBMITTED.plusSeconds(3600), Map.of("visibleToPortal", true)),
                        new PortalActivity("note.requester-replied", SUBMITTED.plusSeconds(7200), Map.of())),
                named, mayAct, preview, null, null, false, mayAct && !preview && !summary.colleague());
    }

    static PortalRequestDetails answered(PortalRequestDetails d, LocalDate expectedBy, PortalFeedback feedback,
            boolean mayRate) {
        return new PortalRequestDetails(d.summary(), d.description(), d.fields(), d.statusHistory(), d.developments(),
                d.notes(), d.files(), d.timeline(), d.colleagues(), d.mayAct(), d.preview(), expectedBy, feedback,
                mayRate, d.mayNameColleagues());
    }
}
