package app.lexdesk.core.records;

import java.util.Locale;
import java.util.Objects;

/**
 * A status of a workflow as staff and requesters read it: its code (what a record stores), its name for staff, its
 * label for the portal, in English and French.
 *
 * @param initial whether new records of the kind start in it (exactly one per workflow)
 * @param finalStatus whether work on the record is over once it is in it
 */
public record RecordStatus(String code, String nameEn, String nameFr, String portalLabelEn, String portalLabelFr,
        StatusCategory category, boolean initial, boolean finalStatus, int position) {

    public RecordStatus {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public String portalLabel(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? portalLabelFr : portalLabelEn;
    }

    /** A status the workflow no longer has (deleted while a record still named it cannot happen; kept for safety). */
    public static RecordStatus unknown(String code) {
        return new RecordStatus(code, code, code, code, code, StatusCategory.OPEN, false, false, Integer.MAX_VALUE);
    }
}
