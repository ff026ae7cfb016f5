package app.lexdesk.core.matters;

import java.util.Locale;

/** A Matters board of the tenant (a matter category). */
public record Board(String code, String nameEn, String nameFr) {

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
