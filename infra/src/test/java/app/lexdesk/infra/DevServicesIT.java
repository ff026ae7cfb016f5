package app.lexdesk.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Properties;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

class DevServicesIT {

    static DevServices services;

    @BeforeAll
    static void start() {
        services = DevServices.forTests();
    }

    @Test
    void the_application_role_neither_owns_tables_nor_bypasses_row_level_security() throws Exception {
        try (Connection c = DriverManager.getConnection(services.jdbcUrl(), "lexdesk_app", "lexdesk_app");
             ResultSet rs = c.createStatement().executeQuery(
                     "select rolsuper, rolbypassrls, current_setting('server_version_num')::int from pg_roles where rolname = current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).as("superuser").isFalse();
            assertThat(rs.getBoolean(2)).as("bypassrls").isFalse();
            assertThat(rs.getInt(3)).as("PostgreSQL major version").isGreaterThanOrEqualTo(170000);
        }
    }

    @Test
    void keycloak_puts_the_users_organization_in_the_token() throws Exception {
        JsonNode claims = tokenClaims("requester@client.test");
        assertThat(claims.path("organization").toString()).contains("acme").doesNotContain("globex");
        assertThat(claims.path("aud").toString()).contains("lexdesk-api");
        assertThat(claims.path("iss").asText()).isEqualTo(services.tenantIssuer());
    }

    @Test
    void the_s3_server_stores_and_returns_objects_in_the_lexdesk_bucket() {
        try (S3Client s3 = new S3Server(null, null, Integer.parseInt(services.s3Endpoint().replaceAll(".*:", ""))).client()) {
            s3.putObject(b -> b.bucket(S3Server.BUCKET).key("probe/hello.txt"), RequestBody.fromString("bonjour"));
            String back = s3.getObjectAsBytes(b -> b.bucket(S3Server.BUCKET).key("probe/hello.txt")).asUtf8String();
            assertThat(back).isEqualTo("bonjour");
        }
    }

    @Test
    void the_smtp_server_receives_mail() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(services.mail().port()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("noreply@lexdesk.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("lawyer@acme.test"));
        message.setSubject("Probe " + System.nanoTime());
        message.setText("hello");
        Transport.send(message);
        assertThat(services.mail().received()).extracting(MimeMessage::getSubject).contains(message.getSubject());
    }

    @Test
    void subaddresses_of_the_replies_mailbox_are_delivered_to_it_and_read_over_imap() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(services.mail().port()));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("requester@client.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("replies+probe" + System.nanoTime()
                + "@lexdesk.test"));
        message.setSubject("Reply probe " + System.nanoTime());
        message.setText("hello");
        Transport.send(message);

        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", services.mail().imapPort(), MailServer.REPLIES_ADDRESS,
                    MailServer.REPLIES_PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message found = null;
            for (Message m : inbox.getMessages()) {
                if (message.getSubject().equals(m.getSubject())) {
                    found = m;
                }
            }
            assertThat(found).as("the subaddress's message in the replies mailbox").isNotNull();
            found.setFlag(Flags.Flag.DELETED, true);
            inbox.close(true);
        }
        assertThatThrownBy(() -> {
            try (Store store = session.getStore("imap")) {
                store.connect("127.0.0.1", services.mail().imapPort(), MailServer.REPLIES_ADDRESS, "wrong");
            }
        }).as("the mailbox needs its password").isInstanceOf(AuthenticationFailedException.class);
    }

    static JsonNode tokenClaims(String user) throws Exception {
        String form = "grant_type=password&client_id=" + services.passwordGrantClientId() + "&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + DemoData.PASSWORD + "&scope=openid%20organization";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(services.tenantIssuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = new ObjectMapper().readTree(response.body()).get("access_token").asText();
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
