package app.lexdesk.core.mailreplies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedHistoryTest {

    @Test
    void gmail_in_english_wraps_its_attribution_line_and_quotes_below() {
        String reply = """
                Thanks, the signed copy is attached.
                Rachel

                On Mon, 3 Mar 2025 at 10:02, ACME Legal <
                replies+abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnop@lexdesk.test> wrote:

                > Reply above this line to answer
                >
                > Louis Durand shared a note on REQ-2025-000042:
                > Could you send the signed copy?
                """;
        assertThat(QuotedHistory.strip(reply)).isEqualTo("Thanks, the signed copy is attached.\nRachel");
    }

    @Test
    void gmail_in_french_says_a_ecrit_with_a_narrow_space_before_the_colon() {
        String reply = "Bonjour,\r\n\r\nVoici le contrat signé.\r\n\r\nLe lun. 3 mars 2025 à 10:02, ACME Legal "
                + "<replies+abc@lexdesk.test> a écrit\u202f:\r\n\r\n> Répondez au-dessus de cette ligne\r\n"
                + "> Texte\r\n";
        assertThat(QuotedHistory.strip(reply)).isEqualTo("Bonjour,\n\nVoici le contrat signé.");
    }

    @Test
    void outlook_in_english_puts_a_header_block_under_a_line() {
        String reply = """
                Please find the invoice attached.

                Kind regards,
                Rachel Moreau

                ________________________________
                From: ACME Legal <replies+abc@lexdesk.test>
                Sent: Monday, March 3, 2025 10:02 AM
                To: Rachel Moreau <requester@client.test>
                Subject: REQ-2025-000042: a new note

                Reply above this line to answer
                """;
        assertThat(QuotedHistory.strip(reply)).isEqualTo("Please find the invoice attached.\n\nKind regards,\n"
                + "Rachel Moreau");
    }

    @Test
    void outlook_in_french_says_de_and_envoye_with_a_space_before_the_colon() {
        String reply = """
                Merci, je regarde cela.

                De : ACME Legal <replies+abc@lexdesk.test>
                Envoyé : lundi 3 mars 2025 10:02
                À : Rachel Moreau <requester@client.test>
                Objet : REQ-2025-000042 : une nouvelle note
                """;
        assertThat(QuotedHistory.strip(reply)).isEqualTo("Merci, je regarde cela.");
    }

    @Test
    void older_outlook_writes_original_message_in_either_language() {
        assertThat(QuotedHistory.strip("Yes, go ahead.\n\n-----Original Message-----\nFrom: ACME Legal\n"))
                .isEqualTo("Yes, go ahead.");
        assertThat(QuotedHistory.strip("Oui, allez-y.\n\n-----Message d'origine-----\nDe : ACME Legal\n"))
                .isEqualTo("Oui, allez-y.");
    }

    @Test
    void apple_mail_signs_from_the_phone_and_quotes_under_on_wrote() {
        String en = """
                Agreed.

                Sent from my iPhone

                > On 3 Mar 2025, at 10:02, ACME Legal <replies+abc@lexdesk.test> wrote:
                >\s
                > Reply above this line to answer
                """;
        assertThat(QuotedHistory.strip(en)).isEqualTo("Agreed.");
        String fr = """
                D'accord.

                Envoyé de mon iPhone

                > Le 3 mars 2025 à 10:02, ACME Legal <replies+abc@lexdesk.test> a écrit :
                >\s
                > Répondez au-dessus de cette ligne
                """;
        assertThat(QuotedHistory.strip(fr)).isEqualTo("D'accord.");
    }

    @Test
    void our_marker_cuts_even_when_nothing_else_announces_the_quote() {
        assertThat(QuotedHistory.strip("Done.\n## Reply above this line to answer ##\nThe note")).isEqualTo("Done.");
        assertThat(QuotedHistory.strip("Fait.\n> RÉPONDEZ AU-DESSUS DE CETTE LIGNE\n> La note")).isEqualTo("Fait.");
    }

    @Test
    void a_signature_and_trailing_quotes_go_but_answers_between_quotes_stay() {
        String reply = """
                > Can you confirm the date?
                Yes, the 14th.
                > And the place?
                Paris.

                --\s
                Rachel Moreau | Client Co
                +33 1 23 45 67 89
                """;
        assertThat(QuotedHistory.strip(reply)).isEqualTo("> Can you confirm the date?\nYes, the 14th.\n"
                + "> And the place?\nParis.");
        assertThat(QuotedHistory.strip("Noted.\n\n> old text\n> more old text\n")).isEqualTo("Noted.");
    }

    @Test
    void a_reply_with_nothing_above_the_quote_is_empty() {
        assertThat(QuotedHistory.strip("\n\nOn Mon, 3 Mar 2025 at 10:02, ACME Legal wrote:\n> Hello\n")).isEmpty();
        assertThat(QuotedHistory.strip("   \n")).isEmpty();
        assertThat(QuotedHistory.strip(null)).isEmpty();
    }

    @Test
    void ordinary_sentences_that_start_like_a_quote_stay() {
        String text = "On Monday we spoke about it.\nFrom: the board, no objection.\nLe contrat est prêt.";
        assertThat(QuotedHistory.strip(text)).isEqualTo(text);
    }
}
