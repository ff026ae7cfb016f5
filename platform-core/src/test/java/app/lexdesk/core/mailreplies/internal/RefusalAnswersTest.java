package app.lexdesk.core.mailreplies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class RefusalAnswersTest {

    final MailRepliesProperties properties = new MailRepliesProperties("replies@lexdesk.example",
            "a-secret-of-at-least-thirty-two-characters", null, null, null,
            "https://lexdesk.example/t/{tenant}/portal", null);
    final RefusalAnswers answers = new RefusalAnswers(
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), properties);
    final InboundMail refused = new InboundMail("<m@client.test>", List.of("requester@client.test"), List.of(),
            "Re: REQ-2026-000042", false, "text", List.of());

    @Test
    void every_refusal_is_explained_in_english_and_in_french_with_nothing_left_to_fill() {
        for (Refusal.Reason reason : Refusal.Reason.values()) {
            Refusal refusal = new Refusal(reason, "contract.exe", 20);
            String en = answers.body(Locale.ENGLISH, refused, refusal, "acme");
            String fr = answers.body(Locale.FRENCH, refused, refusal, "acme");
            assertThat(en).as(reason + " in English").startsWith("Hello,").contains("Re: REQ-2026-000042")
                    .contains("https://lexdesk.example/t/acme/portal").doesNotContain("{").doesNotContain("}");
            assertThat(fr).as(reason + " in French").startsWith("Bonjour,").contains("« Re: REQ-2026-000042 »")
                    .contains("https://lexdesk.example/t/acme/portal").doesNotContain("{").doesNotContain("}");
        }
        assertThat(answers.body(Locale.ENGLISH, refused, new Refusal(Refusal.Reason.TOO_LARGE, "scan.pdf", 100),
                "acme")).contains("the file scan.pdf is larger than 100 MB");
        assertThat(answers.body(Locale.FRENCH, refused, new Refusal(Refusal.Reason.BLOCKED_TYPE, "run.sh", 0),
                "acme")).contains("le fichier run.sh est un programme ou un script");
    }

    @Test
    void without_a_known_tenant_no_portal_is_linked() {
        String en = answers.body(Locale.ENGLISH, refused, Refusal.of(Refusal.Reason.UNKNOWN_ADDRESS), null);
        assertThat(en).contains("write to us from the portal instead.").doesNotContain("http");
    }
}
