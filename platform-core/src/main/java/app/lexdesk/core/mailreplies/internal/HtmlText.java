package app.lexdesk.core.mailreplies.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a reply that came as HTML only: what a reader sees, line by line (paragraphs, breaks, list items and
 * table rows start lines), without what mail programs put around the quoted history — Gmail's
 * {@code div.gmail_quote}, Apple Mail's and Thunderbird's {@code blockquote}, Outlook's {@code #divRplyFwdMsg} and
 * everything after it, Yahoo's {@code .yahoo_quoted} — nor styles or scripts. {@link QuotedHistory} then cuts what
 * those left in plain text.
 *
 * <p>Pure and thread-safe (jsoup's parser is made per call).
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "pre", "hr", "section", "article", "header", "footer");

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select("style, script, head, title, blockquote, .gmail_quote, .yahoo_quoted, #appendonsend").remove();
        Element outlook = document.getElementById("divRplyFwdMsg");
        if (outlook != null) {
            // Outlook's quoted message follows its header block as siblings: everything from the block on goes.
            Node next = outlook;
            while (next != null) {
                Node following = next.nextSibling();
                next.remove();
                next = following;
            }
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    text.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endLine(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    endLine(text);
                }
            }
        }, document.body());
        return text.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    /** A block ends the line it is on, if any: blocks in a row make no empty lines, {@code <br>}s do. */
    private static void endLine(StringBuilder text) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
