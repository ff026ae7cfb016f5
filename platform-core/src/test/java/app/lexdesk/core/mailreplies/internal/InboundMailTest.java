package app.lexdesk.core.mailreplies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class InboundMailTest {

    final Session session = Session.getInstance(new Properties());

    @Test
    void a_reply_with_a_file_reads_its_sender_its_text_without_the_quote_and_its_file() throws Exception {
        MimeMessage m = message("Rachel Moreau <Requester@Client.test>");
        m.addRecipients(Message.RecipientType.CC, "lawyer@acme.test");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Here it is.\n\nOn Mon, 3 Mar 2025, ACME Legal wrote:\n> Reply above this line to answer\n",
                "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent("%PDF-1.4 signed".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        pdf.setFileName("signed.pdf");
        pdf.setDisposition(Part.ATTACHMENT);
        m.setContent(new MimeMultipart(text, pdf));
        InboundMail mail = InboundMail.read(reread(m));

        assertThat(mail.from()).containsExactly("requester@client.test");
        assertThat(mail.recipients()).containsExactly("replies+token@lexdesk.test", "lawyer@acme.test");
        assertThat(mail.text()).isEqualTo("Here it is.");
        assertThat(mail.automatic()).isFalse();
        assertThat(mail.messageId()).isEqualTo("<probe@client.test>");
        assertThat(mail.attachments()).extracting(InboundMail.Attachment::filename).containsExactly("signed.pdf");
        try (InputStream in = mail.attachments().get(0).open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 signed");
        }
    }

    @Test
    void an_html_only_reply_is_read_as_text_and_images_it_shows_are_not_files() throws Exception {
        MimeMessage m = message("requester@client.test");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<div>Bien reçu.</div><img src=\"cid:logo\"><blockquote>Répondez au-dessus de cette ligne"
                + "</blockquote>", "text/html; charset=UTF-8");
        MimeBodyPart logo = new MimeBodyPart();
        logo.setContent(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
        logo.setContentID("<logo>");
        logo.setFileName("image001.png");
        logo.setDisposition(Part.INLINE);
        m.setContent(new MimeMultipart("related", html, logo));
        InboundMail mail = InboundMail.read(reread(m));
        assertThat(mail.text()).isEqualTo("Bien reçu.");
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void apple_mail_sends_files_inline_between_two_texts() throws Exception {
        MimeMessage m = message("requester@client.test");
        MimeBodyPart before = new MimeBodyPart();
        before.setText("The contract:", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setContent("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        pdf.setFileName("contract.pdf");
        pdf.setDisposition(Part.INLINE);
        MimeBodyPart after = new MimeBodyPart();
        after.setText("And that is all.", "UTF-8");
        m.setContent(new MimeMultipart(before, pdf, after));
        InboundMail mail = InboundMail.read(reread(m));
        assertThat(mail.text()).isEqualTo("The contract:\nAnd that is all.");
        assertThat(mail.attachments()).extracting(InboundMail.Attachment::filename).containsExactly("contract.pdf");
    }

    @Test
    void auto_replies_bounces_and_lists_are_automatic() throws Exception {
        assertThat(automaticWith("Auto-Submitted", "auto-replied")).isTrue();
        assertThat(automaticWith("Auto-Submitted", "auto-generated")).isTrue();
        assertThat(automaticWith("Auto-Submitted", "no")).isFalse();
        assertThat(automaticWith("X-Autoreply", "yes")).isTrue();
        assertThat(automaticWith("Precedence", "bulk")).isTrue();
        assertThat(automaticWith("Precedence", "auto_reply")).isTrue();
        assertThat(automaticWith("Return-Path", "<>")).isTrue();
        assertThat(automaticWith("Return-Path", "<requester@client.test>")).isFalse();
        MimeMessage bounce = message("MAILER-DAEMON@mail.client.test");
        bounce.setText("Delivery failed");
        assertThat(InboundMail.read(reread(bounce)).automatic()).isTrue();
    }

    @Test
    void several_senders_are_all_read_and_a_message_without_id_gets_a_stable_one() throws Exception {
        MimeMessage m = message("requester@client.test, colleague@client.test");
        m.setText("Hello");
        m.saveChanges();
        m.removeHeader("Message-ID");
        InboundMail first = InboundMail.read(m);
        assertThat(first.from()).containsExactly("requester@client.test", "colleague@client.test");
        assertThat(first.messageId()).startsWith("<synthetic-").isEqualTo(InboundMail.read(m).messageId());
    }

    private boolean automaticWith(String header, String value) throws Exception {
        MimeMessage m = message("requester@client.test");
        m.setText("Out of office");
        m.setHeader(header, value);
        return InboundMail.read(reread(m)).automatic();
    }

    private MimeMessage message(String from) throws Exception {
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<probe@client.test>");
            }
        };
        m.setHeader("From", from);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("replies+token@lexdesk.test"));
        m.setSubject("Re: REQ-2025-000042");
        return m;
    }

    /** As a mail server would hand it over: written out and parsed again. */
    private MimeMessage reread(MimeMessage m) throws Exception {
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MimeMessage(session, new ByteArrayInputStream(out.toByteArray()));
    }
}
