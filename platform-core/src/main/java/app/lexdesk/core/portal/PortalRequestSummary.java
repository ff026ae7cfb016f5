package app.lexdesk.core.portal;

import app.lexdesk.core.intake.RequestKind;
import app.lexdesk.core.records.StatusCategory;
import java.time.Instant;
import java.util.Locale;

/**
 * A request in its requester's list: what they asked, its status as the portal calls it, who works on it, when it
 * last changed in a way they can see, and whether that was after they last opened it.
 *
 * @param colleague       a colleague's request the viewer sees read-only (company visibility), not their own
 * @param requesterName   who asked (the viewer, or the colleague)
 * @param lastUpdate      the latest change the requester can see (submission, status, shared note, ...)
 */
public record PortalRequestSummary(String reference, String subject, RequestKind kind, String typeNameEn,
        String typeNameFr, String statusLabelEn, String statusLabelFr, StatusCategory category, String assigneeName,
        Instant submittedAt, Instant lastUpdate, boolean updatedSinceLastLook, boolean colleague,
        String requesterName) {

    public String typeName(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? typeNameFr : typeNameEn;
    }

    public String statusLabel(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? statusLabelFr : statusLabelEn;
    }
}
