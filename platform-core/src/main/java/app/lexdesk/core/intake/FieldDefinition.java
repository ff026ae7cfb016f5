package app.lexdesk.core.intake;

import java.util.List;
import java.util.Locale;

/** One typed field of a request type, with EN/FR label and help, and options for {@code CHOICE}. */
public record FieldDefinition(String code, FieldType type, boolean required, String labelEn, String labelFr,
        String helpEn, String helpFr, List<Option> options) {

    /** A choice's option. */
    public record Option(String code, String labelEn, String labelFr) {

        public String label(Locale locale) {
            return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
        }
    }

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        helpEn = helpEn == null ? "" : helpEn;
        helpFr = helpFr == null ? "" : helpFr;
    }

    public String label(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? labelFr : labelEn;
    }

    public String help(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? helpFr : helpEn;
    }
}
