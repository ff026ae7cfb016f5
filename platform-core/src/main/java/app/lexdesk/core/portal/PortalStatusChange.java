package app.lexdesk.core.portal;

import java.time.Instant;
import java.util.Locale;

/** A status the request was moved to, as the portal calls it, and when. */
public record PortalStatusChange(String labelEn, String labelFr, Instant at) {

    public String label(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
    }
}
