package app.lexdesk.core.fairuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.DevServicesInitializer;
import app.lexdesk.coretest.CoreTestApplication;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One requester's script meets the per-person limit with a 429 problem and Retry-After, storing nothing more;
 * others go on. A context of its own with small limits (the shared one turns them off), on the real database
 * and with real Keycloak tokens, through the API's whole filter chain.
 */
@SpringBootTest(classes = CoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"lexdesk.rate-limits.enabled=true", "lexdesk.rate-limits.submissions.per-user=5",
                "lexdesk.rate-limits.submissions.per-tenant=1000", "lexdesk.rate-limits.period=1h"})
@ContextConfiguration(initializers = DevServicesInitializer.class)
@AutoConfigureMockMvc
class FairUseIT {

    static final int PER_USER = 5;
    static final String BODY = "{\"type\":\"other-legal-question\",\"subject\":\"Scripted request\"}";

    final ApiClient api = new ApiClient(DevServices.forTests());
    @Autowired MockMvc mvc;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_requester_past_the_limit_gets_429_with_retry_after_and_nothing_more_is_stored() throws Exception {
        String script = api.token("requester@globex.test", "openid organization");
        long before = scripted();
        for (int i = 0; i < PER_USER; i++) {
            assertThat(submit(script, BODY).getStatus()).isEqualTo(201);
        }
        MockHttpServletResponse refused = submit(script, BODY);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        // Five an hour, refilled steadily: the next one in about twelve minutes.
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(600L, 720L);
        JsonNode problem = ApiClient.json(refused.getContentAsString());
        assertThat(problem.get("type").asText()).isEqualTo("https://lexdesk.app/problems/rate-limited");
        assertThat(scripted()).isEqualTo(before + PER_USER);

        // Bad input is still answered as bad input, and the limit is the person's: another requester goes on.
        assertThat(submit(script, "{\"type\":\"nope\"}").getStatus()).isEqualTo(400);
        String other = api.token("colleague@client.test", "openid organization");
        assertThat(submit(other, BODY).getStatus()).isEqualTo(201);
    }

    private MockHttpServletResponse submit(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/requests").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private long scripted() {
        var t = directory.findBySlug("globex").orElseThrow();
        Supplier<Long> count = () -> jdbc.queryForObject(
                "select count(*) from request where subject = 'Scripted request'", Long.class);
        return TenantContext.call(new CurrentTenant(t.id(), t.slug()), () -> transactions.execute(s -> count.get()));
    }
}
