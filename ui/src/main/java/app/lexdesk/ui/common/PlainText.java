package app.lexdesk.ui.common;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User-written text (notes, developments) shown as the text it is: line breaks kept, http and https addresses made
 * links, everything else — markup included — text nodes. Built from DOM nodes, never from HTML, so nothing a person
 * writes can become an element or a script.
 */
public final class PlainText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than an address ("see https://example.org."). */
    private static final String TRAILING = ".,;:!?)]}";

    private PlainText() {
    }

    public static Div of(String text) {
        Div shown = new Div();
        shown.addClassName("lexdesk-plain-text");
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                shown.getElement().appendChild(new Element("br"));
            }
            line(shown, lines[i]);
        }
        return shown;
    }

    private static void line(Div shown, String line) {
        Matcher m = LINK.matcher(line);
        int at = 0;
        while (m.find()) {
            String url = m.group();
            while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
            }
            if (url.length() <= "https://".length()) {
                continue;
            }
            if (m.start() > at) {
                shown.add(new Text(line.substring(at, m.start())));
            }
            Anchor link = new Anchor(url, url);
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            shown.add(link);
            at = m.start() + url.length();
        }
        if (at < line.length()) {
            shown.add(new Text(line.substring(at)));
        }
    }
}
