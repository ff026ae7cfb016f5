package app.lexdesk.core.mailreplies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplyTokenTest {

    final ReplyToken tokens = new ReplyToken("a-secret-of-at-least-thirty-two-characters");
    final UUID tenant = UUID.randomUUID();

    @Test
    void a_token_names_its_tenant_and_key_and_reads_back_in_any_case() {
        String token = tokens.issue(tenant, 123_456_789L);
        assertThat(token).hasSize(ReplyToken.LENGTH).matches("[a-z2-7]+");
        assertThat(tokens.verify(token)).contains(new ReplyToken.Parsed(tenant, 123_456_789L));
        assertThat(tokens.verify(token.toUpperCase(Locale.ROOT))).contains(new ReplyToken.Parsed(tenant,
                123_456_789L));
        assertThat(tokens.verify(tokens.issue(tenant, ReplyToken.MAX_KEY)))
                .contains(new ReplyToken.Parsed(tenant, ReplyToken.MAX_KEY));
        assertThat(tokens.verify(tokens.issue(tenant, 0))).contains(new ReplyToken.Parsed(tenant, 0));
    }

    @Test
    void every_changed_character_is_refused() {
        String token = tokens.issue(tenant, 42);
        for (int i = 0; i < token.length(); i++) {
            char other = token.charAt(i) == 'a' ? 'b' : 'a';
            String changed = token.substring(0, i) + other + token.substring(i + 1);
            assertThat(tokens.verify(changed)).as("character %d changed", i).isEmpty();
        }
    }

    @Test
    void a_token_of_another_secret_an_invented_one_or_junk_is_refused() {
        String token = tokens.issue(tenant, 42);
        assertThat(new ReplyToken("another-secret-of-at-least-thirty-two-chars").verify(token)).isEmpty();
        assertThat(tokens.verify("a".repeat(ReplyToken.LENGTH))).isEmpty();
        assertThat(tokens.verify(token.substring(1))).isEmpty();
        assertThat(tokens.verify(token + "a")).isEmpty();
        assertThat(tokens.verify(token.substring(0, 47) + "1")).as("not base32").isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
    }

    @Test
    void a_key_cannot_be_moved_to_another_tenant() {
        String token = tokens.issue(tenant, 42);
        String other = tokens.issue(UUID.randomUUID(), 42);
        // The same key in another tenant: tenant part of one, key and MAC of the other.
        String spliced = other.substring(0, 25) + token.substring(25);
        assertThat(tokens.verify(spliced)).isEmpty();
    }

    @Test
    void the_reply_address_fits_the_64_characters_of_a_local_part() {
        MailRepliesProperties properties = new MailRepliesProperties("replies@lexdesk.example",
                "a-secret-of-at-least-thirty-two-characters", null, null, null, null, null);
        String address = properties.addressFor(tokens.issue(tenant, ReplyToken.MAX_KEY));
        assertThat(address.substring(0, address.indexOf('@'))).hasSizeLessThanOrEqualTo(64);
        assertThat(properties.tokenOf(address.toUpperCase(Locale.ROOT))).isEqualTo(
                tokens.issue(tenant, ReplyToken.MAX_KEY));
        assertThat(properties.tokenOf("replies@lexdesk.example")).isNull();
        assertThat(properties.tokenOf("other+abc@lexdesk.example")).isNull();
        assertThat(properties.tokenOf("replies+abc@elsewhere.example")).isNull();

        String longest = "r".repeat(MailRepliesProperties.MAX_LOCAL_PART) + "@lexdesk.example";
        String fitted = new MailRepliesProperties(longest, "a-secret-of-at-least-thirty-two-characters", null, null,
                null, null, null).addressFor(tokens.issue(tenant, 1));
        assertThat(fitted.indexOf('@')).isEqualTo(64);
        assertThatThrownBy(() -> new MailRepliesProperties("r" + longest, "a-secret-of-at-least-thirty-two-characters",
                null, null, null, null, null)).hasMessageContaining("64");
    }

    @Test
    void replies_by_email_need_a_real_secret_and_a_plain_mailbox() {
        assertThatThrownBy(() -> new ReplyToken("short")).hasMessageContaining("32");
        assertThatThrownBy(() -> new MailRepliesProperties("replies@lexdesk.example", null, null, null, null, null,
                null)).hasMessageContaining("secret");
        assertThatThrownBy(() -> new MailRepliesProperties("replies+x@lexdesk.example",
                "a-secret-of-at-least-thirty-two-characters", null, null, null, null, null))
                .hasMessageContaining("subaddress");
        assertThat(new MailRepliesProperties(null, null, null, null, null, null, null).enabled()).isFalse();
    }
}
