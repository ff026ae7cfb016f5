package app.lexdesk.ui.backoffice.records;

import app.lexdesk.core.records.Origin;
import app.lexdesk.core.records.Priority;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.StatusCategory;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.ui.common.LexdeskI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Records, statuses and a signed-in lawyer for the record page's browserless tests. */
final class RecordFixtures {

    static final UUID ME = UUID.randomUUID();
    static final UUID REQUEST = UUID.randomUUID();
    static final RecordStatus NEW = status("NEW", "New", "Nouveau", true);
    static final RecordStatus IN_REVIEW = status("IN_REVIEW", "In review", "En examen", false);
    static final RecordStatus IN_PROGRESS = status("IN_PROGRESS", "In progress", "En cours", false);

    private RecordFixtures() {
    }

    static void signIn() {
        System.setProperty("vaadin.i18n.provider", LexdeskI18NProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ComponentUtil.setData(UI.getCurrent(), TenantMember.class, new TenantMember(new CurrentTenant(UUID.randomUUID(),
                "acme"), "ACME Legal", ME, "lawyer@acme.test", "Louis Durand", Set.of(Role.LEGAL_STAFF)));
    }

    static void signOut() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    static RecordHeader matter(RecordStatus status, List<RecordStatus> next, UUID assignee, String assigneeName,
            long version) {
        return new RecordHeader(UUID.randomUUID(), RecordKind.MATTER, "MAT-2026-000007", "Lease dispute",
                "The landlord writes.", Origin.PORTAL, status, next, Priority.NORMAL, null, assignee, assigneeName,
                null, "Rachel Moreau", null, "Client Co", REQUEST, Instant.parse("2026-11-30T09:00:00Z"),
                Instant.parse("2026-11-30T09:00:00Z"), null, version);
    }

    static RecordStatus status(String code, String en, String fr, boolean initial) {
        return new RecordStatus(code, en, fr, en, fr, StatusCategory.OPEN, initial, false, 0);
    }
}
