package app.lexdesk.core.fairuse;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** One requester's script meets the per-person limit with a 429 problem and Retry-After; others go on. */
@CoreIntegrationTest
class FairUseIT {

    final ApiClient api = new ApiClient(DevServices.forTests());
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Value("${lexdesk.rate-limits.submissions.per-user}") int perUser;

    @Test
    void a_requester_past_the_limit_gets_429_with_retry_after_and_nothing_is_stored() {
        String script = api.token("requester@globex.test", "openid organization");
        String body = "{\"type\":\"other-legal-question\",\"subject\":\"Scripted request\"}";
        HttpResponse<String> refused = null;
        int accepted = 0;
        for (int i = 0; i < 2 * perUser && refused == null; i++) {
            HttpResponse<String> response = api.post("/api/v1/requests", script, body, null);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                accepted++;
            }
        }
        assertThat(refused).as("refused within the per-person limit").isNotNull();
        // The allowance refills steadily (per-user a minute), so a few more pass while the script runs.
        assertThat(accepted).isBetween(perUser, perUser + perUser / 10);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isPositive());
        JsonNode problem = ApiClient.json(refused.body());
        assertThat(problem.get("type").asText()).isEqualTo("https://lexdesk.app/problems/rate-limited");

        long stored = inGlobex(() -> jdbc.queryForObject(
                "select count(*) from request where subject = 'Scripted request'", Long.class));
        assertThat(stored).isEqualTo(accepted);
        // Bad input is not counted, and the limit is the person's: a colleague of another tenant goes on.
        assertThat(api.post("/api/v1/requests", script, "{\"type\":\"nope\"}", null).statusCode()).isEqualTo(400);
        String other = api.token("colleague@client.test", "openid organization");
        assertThat(api.post("/api/v1/requests", other, body, null).statusCode()).isEqualTo(201);
    }

    private <T> T inGlobex(java.util.function.Supplier<T> work) {
        var t = directory.findBySlug("globex").orElseThrow();
        return TenantContext.call(new CurrentTenant(t.id(), t.slug()), () -> transactions.execute(s -> work.get()));
    }
}
