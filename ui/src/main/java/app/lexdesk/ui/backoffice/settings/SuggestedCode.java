package app.lexdesk.ui.backoffice.settings;

import com.vaadin.flow.component.textfield.TextField;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A code suggested from an English label ("Hearing date" → {@code hearing-date}), so administrators need not
 * invent one. Only a suggestion: the core still decides whether a code is acceptable.
 */
final class SuggestedCode {

    private static final int MAX = 40;

    private SuggestedCode() {
    }

    static String from(String label) {
        String plain = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String code = plain.replaceAll("[^a-z0-9]+", "-").replaceFirst("^[^a-z]+", "");
        code = code.length() > MAX ? code.substring(0, MAX) : code;
        return code.replaceFirst("-+$", "");
    }

    /** The code typed, or the one suggested by the label when none was. */
    static String orFromLabel(String code, String label) {
        return code == null || code.isBlank() ? from(label) : code.strip();
    }

    /**
     * Keeps {@code code} in step with {@code label} while the administrator has not typed a code of their own.
     * Only for new fields and options: a stored code is what past requests were saved under.
     */
    static void follow(TextField label, TextField code) {
        label.addValueChangeListener(e -> {
            if (code.getValue().isBlank() || code.getValue().equals(from(e.getOldValue()))) {
                code.setValue(from(e.getValue()));
            }
        });
    }
}
