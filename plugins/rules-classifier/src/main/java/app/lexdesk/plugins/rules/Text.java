package app.lexdesk.plugins.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching: lower case, no accents, apostrophes and punctuation as spaces. */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(bare).replaceAll(" ").trim();
    }

    /** Whether {@code phrase} occurs in {@code folded} as whole words ("marque" not in "remarque"). */
    static boolean containsPhrase(String folded, String phrase) {
        String p = fold(phrase);
        return !p.isEmpty() && (" " + folded + " ").contains(" " + p + " ");
    }
}
