package app.lexdesk.ui.backoffice.preview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.notes.PortalNote;
import app.lexdesk.core.portal.PortalRequestDetails;
import app.lexdesk.core.portal.PortalRequestSummary;
import app.lexdesk.core.portal.PortalService;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.Priority;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.FileLinks;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import app.lexdesk.ui.common.MemberCheck;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff open the requester's own page of a record, as the core builds it for her, read only. */
class PreviewAsRequesterTest {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    final PortalService portal = mock(PortalService.class);
    final UUID record = UUID.randomUUID();
    PreviewAsRequester action;

    @BeforeEach
    void signIn() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, new TenantMember(new CurrentTenant(UUID.randomUUID(),
                "acme"), "ACME Legal", UUID.randomUUID(), "lawyer@acme.test", "Louis Durand",
                Set.of(Role.LEGAL_STAFF)));
        action = new PreviewAsRequester(portal, mock(AttachmentService.class), mock(RequestTypeService.class),
                mock(FileLinks.class), mock(MemberCheck.class));
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    @Test
    void the_preview_shows_the_requesters_page_read_only() {
        when(portal.preview(record)).thenReturn(Optional.of(details()));
        UI.getCurrent().add(action.create(header(UUID.randomUUID())).orElseThrow());

        _click(_get(Button.class, s -> s.withId("preview-as-requester")));

        verify(portal).preview(record);
        Dialog dialog = _get(Dialog.class, s -> s.withId("requester-preview"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("What Rachel Moreau sees in the portal");
        assertThat(text("portal-status")).isEqualTo("In review");
        assertThat(text("portal-notes")).contains("We wrote to the landlord.");
        assertThat(text("portal-preview-banner")).contains("Rachel Moreau");
        _assertNone(TextArea.class, s -> s.withId("reply-text"));
        _assertNone(Upload.class, s -> s.withId("portal-send-files"));
    }

    @Test
    void a_record_nobody_asked_for_has_no_preview() {
        assertThat(action.create(header(null))).isEmpty();
    }

    private static String text(String id) {
        return _get(Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    private RecordHeader header(UUID requester) {
        RecordStatus review = new RecordStatus("IN_REVIEW", "In review", "En examen", "In review", "En cours d’examen",
                StatusCategory.OPEN, false, false, 1);
        return new RecordHeader(record, RecordKind.MATTER, "MAT-2026-000007", "Lease", "", Origin.PORTAL, review,
                List.of(), Priority.NORMAL, null, null, null, requester, "Rachel Moreau", null, "Client Co",
                UUID.randomUUID(), AT, AT, null, 1);
    }

    private static PortalRequestDetails details() {
        PortalRequestSummary summary = new PortalRequestSummary("REQ-2026-000007", "Lease", RequestKind.MATTER,
                "Other legal question", "Autre question juridique", "In review", "En cours d’examen",
                StatusCategory.OPEN, null, AT, AT, false, false, "Rachel Moreau");
        return new PortalRequestDetails(summary, "", Map.of(), List.of(), List.of(), List.of(new PortalNote(
                UUID.randomUUID(), "We wrote to the landlord.", "Louis Durand", AT, false)), List.of(), List.of(),
                List.of(), false, true, null, null, false, false);
    }
}
