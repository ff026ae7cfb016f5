package app.lexdesk.core.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    final UnsubscribeTokens tokens = new UnsubscribeTokens("a-secret-for-this-test-only-0123456789");
    final UUID tenant = UUID.randomUUID();
    final UUID person = UUID.randomUUID();

    @Test
    void a_token_says_its_tenant_and_person_and_only_under_the_secret_it_was_signed_with() {
        String token = tokens.token(tenant, person);
        assertThat(tokens.verify(token)).contains(new UnsubscribeTokens.Subject(tenant, person));
        assertThat(new UnsubscribeTokens("another-secret-0123456789-abcdefghij").verify(token)).isEmpty();
    }

    @Test
    void a_changed_or_malformed_token_is_refused() {
        String token = tokens.token(tenant, person);
        String otherPerson = tokens.token(tenant, UUID.randomUUID());
        // Someone else's ids under this token's signature.
        String swapped = otherPerson.substring(0, otherPerson.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(tokens.verify(swapped)).isEmpty();
        char last = token.charAt(token.length() - 1);
        assertThat(tokens.verify(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("no-dot")).isEmpty();
        assertThat(tokens.verify("%%%.%%%")).isEmpty();
    }
}
