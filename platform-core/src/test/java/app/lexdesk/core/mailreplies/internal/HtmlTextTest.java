package app.lexdesk.core.mailreplies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void gmail_html_keeps_the_lines_written_and_drops_the_quote() {
        String html = """
                <div dir="ltr"><div>Thanks,</div><div><br></div><div>the signed copy is attached.</div></div>
                <br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 3 Mar 2025 at 10:02,
                ACME Legal wrote:<br></div><blockquote class="gmail_quote">Reply above this line to answer
                </blockquote></div>""";
        assertThat(QuotedHistory.strip(HtmlText.of(html))).isEqualTo("Thanks,\n\nthe signed copy is attached.");
    }

    @Test
    void outlook_html_drops_its_reply_header_block_and_what_follows() {
        String html = """
                <html><head><style>p {margin:0}</style></head><body>
                <div>Merci&nbsp;!</div><div>Rachel</div>
                <hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>De :</b> ACME Legal<br>
                <b>Envoyé :</b> lundi 3 mars 2025</div><div>Répondez au-dessus de cette ligne</div></body></html>""";
        assertThat(QuotedHistory.strip(HtmlText.of(html))).isEqualTo("Merci !\nRachel");
    }

    @Test
    void apple_mail_html_quotes_in_a_blockquote_and_lists_become_lines() {
        String html = "<p>Two points:</p><ul><li>the date</li><li>the place</li></ul>"
                + "<blockquote type=\"cite\">On 3 Mar 2025, ACME Legal wrote: …</blockquote>";
        assertThat(QuotedHistory.strip(HtmlText.of(html))).isEqualTo("Two points:\nthe date\nthe place");
        assertThat(HtmlText.of("<script>alert(1)</script><p>Only this</p>")).isEqualTo("Only this");
        assertThat(HtmlText.of(null)).isEmpty();
    }
}
