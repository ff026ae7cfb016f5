package app.lexdesk.core.mailreplies;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.mailreplies.internal.InboundMessages;
import app.lexdesk.core.mailreplies.internal.ReplyToken;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.MailServer;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replies by email end to end on the real services: a reply address from {@link ReplyAddresses}, a message sent with
 * Jakarta Mail to GreenMail's SMTP, read back by the poller over GreenMail's IMAP, and what the legal team and the
 * requester then see through the API; refusals are read in the sender's mailbox.
 */
@CoreIntegrationTest
class MailRepliesIT {

    static final Duration HANDLED = Duration.ofSeconds(30);
    static final String REFUSED_SUBJECT = "Your email was not added to your request";
    /** A small but real PDF: its type is detected from these bytes. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    @Autowired ReplyAddresses addresses;
    @Autowired TenantDirectory tenants;
    @Autowired JdbcTemplate jdbc;
    String staff;
    String requester;
    UUID requesterId;
    String request;
    Matter matter;

    /** A matter as the API names it and as the core does. */
    record Matter(String reference, UUID id) {
    }

    @BeforeEach
    void aRequestOfRachel() {
        staff = api.token("lawyer@acme.test", "openid organization");
        requester = api.token("requester@client.test", "openid organization");
        requesterId = personId(requester);
        request = submit(requester, "Email replies " + UUID.randomUUID().toString().substring(0, 8));
        matter = recordOf(request, staff);
    }

    @Test
    void a_reply_by_email_becomes_a_shared_note_with_its_attachment_and_the_same_message_again_adds_nothing()
            throws Exception {
        String address = addressOf("acme", requesterId, matter.id());
        assertThat(address).startsWith("replies+").endsWith("@lexdesk.test");
        assertThat(address.substring(0, address.indexOf('@'))).hasSizeLessThanOrEqualTo(64);
        assertThat(addressOf("acme", requesterId, matter.id())).as("the same for every email").isEqualTo(address);

        MimeMessage reply = reply("requester@client.test", address, """
                The signed copy is attached.
                Rachel

                On Mon, 3 Mar 2025 at 10:02, ACME Legal <
                %s> wrote:

                > %s
                > Louis Durand shared a note: could you send the signed copy?
                """.formatted(address, ReplyAddresses.marker(Locale.ENGLISH)), "signed.pdf", PDF);
        int answersBefore = answersTo("requester@client.test");
        send(reply);
        awaitHandled(reply);

        JsonNode notes = notes(matter);
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("text").asText()).isEqualTo("The signed copy is attached.\nRachel");
        assertThat(notes.get(0).get("fromRequester").asBoolean()).isTrue();
        assertThat(notes.get(0).get("visibility").asText()).isEqualTo("SHARED");
        JsonNode files = ok(api.get("/api/v1/records/" + matter.reference() + "/files", staff));
        JsonNode pdf = only(files.get("files"), "filename", "signed.pdf");
        assertThat(pdf.get("fromRequester").asBoolean()).isTrue();
        assertThat(pdf.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(only(files.get("folders"), "id", pdf.get("folderId").asText()).get("name").asText())
                .isEqualTo("From requester");
        EventListeners.awaitCompletion(jdbc);
        JsonNode portal = ok(api.get("/api/v1/portal/requests/" + request, requester));
        assertThat(portal.get("timeline").toString()).as("RequesterReplied was published")
                .contains("note.requester-replied");
        assertThat(portal.get("notes").toString()).contains("The signed copy is attached.");
        assertThat(outcome(reply)).isEqualTo("PLACED");

        send(reply);
        awaitHandled(reply);
        assertThat(notes(matter)).as("the same Message-ID again").hasSize(1);
        assertThat(ok(api.get("/api/v1/records/" + matter.reference() + "/files", staff)).get("files")).hasSize(1);
        assertThat(answersTo("requester@client.test")).as("no answer either").isEqualTo(answersBefore);
    }

    @Test
    void a_forged_token_adds_nothing_and_its_sender_is_told_to_write_from_the_portal() throws Exception {
        String address = addressOf("acme", requesterId, matter.id());
        int at = address.indexOf('@');
        char last = address.charAt(at - 1);
        String forged = address.substring(0, at - 1) + (last == 'a' ? 'b' : 'a') + address.substring(at);
        MimeMessage reply = reply("requester@client.test", forged, "Forged token", null, null);
        int before = answersTo("requester@client.test");
        send(reply);
        awaitHandled(reply);

        assertThat(notes(matter)).isEmpty();
        assertThat(outcome(reply)).isEqualTo("REFUSED");
        MimeMessage answer = answer("requester@client.test", before);
        String text = MailServer.html(answer);
        assertThat(text).contains("Your email \"Re: " + request + "\" was not added")
                .contains("write to us from the portal").contains("Écrivez-nous plutôt depuis le portail")
                .as("a forged token names no tenant, so no portal either").doesNotContain(services.appUrl())
                .doesNotContain("{");
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(reply.getMessageID());
    }

    @Test
    void the_right_token_from_another_sender_adds_nothing_and_is_answered() throws Exception {
        String address = addressOf("acme", requesterId, matter.id());
        MimeMessage stranger = reply("colleague@client.test", address, "Posing as Rachel", "note.pdf", PDF);
        int before = answersTo("colleague@client.test");
        send(stranger);
        awaitHandled(stranger);
        assertThat(notes(matter)).isEmpty();
        assertThat(ok(api.get("/api/v1/records/" + matter.reference() + "/files", staff)).get("files")).isEmpty();
        assertThat(MailServer.html(answer("colleague@client.test", before)))
                .contains("not sent from the email address the notification was sent to")
                .contains("portal: " + services.appUrl() + "/t/acme/portal")
                .contains("pas été envoyé depuis l'adresse e-mail qui a reçu la notification");

        MimeMessage two = reply("requester@client.test, colleague@client.test", address, "Two senders", null, null);
        send(two);
        awaitHandled(two);
        assertThat(notes(matter)).as("several From addresses").isEmpty();
        assertThat(outcome(two)).isEqualTo("REFUSED");
    }

    @Test
    void a_token_of_acme_cannot_reach_a_globex_record() throws Exception {
        String globexLawyer = api.token("lawyer@globex.test", "openid organization");
        String globexRequester = api.token("requester@globex.test", "openid organization");
        UUID globexPerson = personId(globexRequester);
        Matter globexMatter = recordOf(submit(globexRequester, "Globex email replies"), globexLawyer);
        assertThat(addressOf("acme", globexPerson, globexMatter.id())).as("acme issues nothing for globex's record")
                .isNull();

        // A real globex key, signed for acme: acme holds no such row, and globex's is never read from acme.
        String globexAddress = addressOf("globex", globexPerson, globexMatter.id());
        ReplyToken tokens = new ReplyToken(DevServices.MAIL_REPLIES_SECRET);
        long globexKey = tokens.verify(globexAddress.substring(8, globexAddress.indexOf('@'))).orElseThrow().key();
        String crossed = "replies+" + tokens.issue(tenant("acme").id(), globexKey) + "@lexdesk.test";
        MimeMessage reply = reply("requester@globex.test", crossed, "Across tenants", "x.pdf", PDF);
        int before = answersTo("requester@globex.test");
        send(reply);
        awaitHandled(reply);
        assertThat(ok(api.get("/api/v1/matters/" + globexMatter.reference() + "/notes", globexLawyer))).isEmpty();
        assertThat(ok(api.get("/api/v1/records/" + globexMatter.reference() + "/files", globexLawyer)).get("files"))
                .isEmpty();
        assertThat(MailServer.html(answer("requester@globex.test", before))).contains("not one of ours");

        MimeMessage right = reply("requester@globex.test", globexAddress, "Within globex", null, null);
        send(right);
        awaitHandled(right);
        assertThat(ok(api.get("/api/v1/matters/" + globexMatter.reference() + "/notes", globexLawyer)).get(0)
                .get("text").asText()).as("the same person's own address works").isEqualTo("Within globex");
    }

    @Test
    void a_colleague_who_lost_access_is_refused_and_another_requesters_record_gets_no_address() throws Exception {
        String colleague = api.token("colleague@client.test", "openid organization");
        UUID colleagueId = personId(colleague);
        assertThat(addressOf("acme", colleagueId, matter.id())).as("another requester's record").isNull();

        HttpResponse<String> named = api.call("PUT", "/api/v1/portal/requests/" + request + "/colleagues/"
                + colleagueId, requester, null);
        assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
        String address = addressOf("acme", colleagueId, matter.id());
        assertThat(address).as("a named colleague may act, so she may reply").isNotNull();
        MimeMessage first = reply("colleague@client.test", address, "Colin answers", null, null);
        send(first);
        awaitHandled(first);
        assertThat(notes(matter).get(0).get("text").asText()).isEqualTo("Colin answers");

        HttpResponse<String> removed = api.call("DELETE", "/api/v1/portal/requests/" + request + "/colleagues/"
                + colleagueId, requester, null);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        int before = answersTo("colleague@client.test");
        MimeMessage late = reply("colleague@client.test", address, "Colin again", null, null);
        send(late);
        awaitHandled(late);
        assertThat(notes(matter)).hasSize(1);
        assertThat(MailServer.html(answer("colleague@client.test", before))).contains("has expired")
                .contains("a expiré");
        assertThat(addressOf("acme", colleagueId, matter.id())).as("no address once access is lost").isNull();
    }

    @Test
    void an_auto_reply_is_dropped_with_no_answer_and_an_empty_reply_or_a_program_is_refused() throws Exception {
        String address = addressOf("acme", requesterId, matter.id());
        int before = answersTo("requester@client.test");
        MimeMessage away = reply("requester@client.test", address, "I am out of the office until Monday.", null,
                null);
        away.setHeader("Auto-Submitted", "auto-replied");
        send(away);
        awaitHandled(away);
        assertThat(notes(matter)).isEmpty();
        assertThat(outcome(away)).isEqualTo("DROPPED");

        MimeMessage empty = reply("requester@client.test", address, "\n\nOn Mon, 3 Mar 2025, ACME Legal wrote:\n"
                + "> Reply above this line to answer\n", null, null);
        send(empty);
        awaitHandled(empty);
        assertThat(MailServer.html(answer("requester@client.test", before))).contains("your reply was empty")
                .contains("votre réponse était vide");

        MimeMessage program = reply("requester@client.test", address, "Run this", "run.sh",
                "#!/bin/sh\necho hello\n".getBytes(StandardCharsets.US_ASCII));
        send(program);
        awaitHandled(program);
        assertThat(MailServer.html(answer("requester@client.test", before + 1))).contains("run.sh")
                .contains("program or a script");
        assertThat(answersTo("requester@client.test")).as("the auto-reply got none").isEqualTo(before + 2);
        assertThat(notes(matter)).isEmpty();
        assertThat(ok(api.get("/api/v1/records/" + matter.reference() + "/files", staff)).get("files")).isEmpty();
    }

    private String addressOf(String slug, UUID person, UUID record) {
        return TenantContext.callAsPlatformWork(tenant(slug), () -> addresses.replyAddress(person, record))
                .orElse(null);
    }

    private CurrentTenant tenant(String slug) {
        TenantSummary t = tenants.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private MimeMessage reply(String from, String to, String text, String filename, byte[] file)
            throws MessagingException {
        String id = "<" + UUID.randomUUID() + "@client.test>";
        MimeMessage m = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setHeader("From", from);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject("Re: " + request);
        if (file == null) {
            m.setText(text, "UTF-8");
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart attached = new MimeBodyPart();
            attached.setContent(file, "application/octet-stream");
            attached.setFileName(filename);
            attached.setDisposition(Part.ATTACHMENT);
            m.setContent(new MimeMultipart(body, attached));
        }
        m.saveChanges();
        return m;
    }

    private void send(MimeMessage message) throws MessagingException {
        Transport.send(message);
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(services.mail().port()));
        return Session.getInstance(props);
    }

    /** Waits until the poller handled the message: it is out of the mailbox and its Message-ID recorded. */
    private void awaitHandled(MimeMessage sent) throws MessagingException {
        String id = sent.getMessageID();
        Awaitility.await("the poller to handle " + id).atMost(HANDLED).pollInterval(Duration.ofMillis(200))
                .until(() -> outcome(sent) != null && services.mail().received().stream().noneMatch(m -> id.equals(
                        messageId(m))));
    }

    private String outcome(MimeMessage sent) throws MessagingException {
        List<String> found = jdbc.queryForList("select outcome from mail_inbound_message where message_hash = ?",
                String.class, (Object) InboundMessages.hash(sent.getMessageID()));
        return found.isEmpty() ? null : found.get(0);
    }

    private int answersTo(String address) {
        return refusals(address).size();
    }

    /** The refusal answer after the first {@code skip} ones to {@code address}. */
    private MimeMessage answer(String address, int skip) {
        Awaitility.await("an answer to " + address).atMost(HANDLED).until(() -> refusals(address).size() > skip);
        return refusals(address).get(skip);
    }

    private List<MimeMessage> refusals(String address) {
        List<MimeMessage> refusals = new ArrayList<>();
        for (MimeMessage m : services.mail().to(address)) {
            try {
                if (String.valueOf(m.getSubject()).startsWith(REFUSED_SUBJECT)) {
                    refusals.add(m);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return refusals;
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }

    private JsonNode notes(Matter record) {
        return ok(api.get("/api/v1/matters/" + record.reference() + "/notes", staff));
    }

    private UUID personId(String token) {
        return UUID.fromString(ok(api.get("/api/v1/me", token)).get("personId").asText());
    }

    private String submit(String token, String subject) {
        HttpResponse<String> created = api.post("/api/v1/requests", token, ApiClient.toJson(Map.of(
                "type", "other-legal-question", "subject", subject, "description", "Asked by email tests")), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created.body()).get("reference").asText();
    }

    private Matter recordOf(String reference, String token) {
        String matter = ok(api.get("/api/v1/requests/" + reference, token)).get("record").asText();
        return new Matter(matter, UUID.fromString(ok(api.get("/api/v1/matters/" + matter, token)).get("id").asText()));
    }

    private static JsonNode only(JsonNode items, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        items.forEach(i -> {
            if (i.get(field).asText().equals(value)) {
                found.add(i);
            }
        });
        assertThat(found).as(field + " = " + value + " in " + items).hasSize(1);
        return found.get(0);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
        return ApiClient.json(response.body());
    }
}
