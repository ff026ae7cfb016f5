package app.lexdesk.core.contracts;

import java.util.Locale;

/** A contract type of the tenant (NDA, services agreement, …). */
public record ContractType(String code, String nameEn, String nameFr) {

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}
