package app.lexdesk.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.DevServicesInitializer;
import app.lexdesk.coretest.CoreTestApplication;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A script posting notes meets the per-person limit with a 429 problem and Retry-After, and the refused note is not
 * stored. A context of its own with a small limit (the shared one turns limits off).
 */
@SpringBootTest(classes = CoreTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"lexdesk.rate-limits.enabled=true", "lexdesk.rate-limits.notes.per-user=3",
                "lexdesk.rate-limits.notes.per-tenant=1000", "lexdesk.rate-limits.period=1h"})
@ContextConfiguration(initializers = DevServicesInitializer.class)
@AutoConfigureMockMvc
class NoteFairUseIT {

    static final int PER_USER = 3;

    final ApiClient api = new ApiClient(DevServices.forTests());
    @Autowired MockMvc mvc;

    @Test
    void a_lawyer_past_the_note_limit_gets_429_with_retry_after_and_the_note_is_not_stored() throws Exception {
        String requester = api.token("requester@globex.test", "openid organization");
        String lawyer = api.token("lawyer@globex.test", "openid organization");
        MockHttpServletResponse submitted = mvc.perform(post("/api/v1/requests")
                .header("Authorization", "Bearer " + requester).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"other-legal-question\",\"subject\":\"Note limit\"}")).andReturn().getResponse();
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(201);
        String request = ApiClient.json(submitted.getContentAsString()).get("reference").asText();
        String matter = ApiClient.json(mvc.perform(get("/api/v1/requests/" + request)
                .header("Authorization", "Bearer " + lawyer)).andReturn().getResponse().getContentAsString())
                .get("record").asText();
        String notes = "/api/v1/matters/" + matter + "/notes";

        for (int i = 0; i < PER_USER; i++) {
            assertThat(note(lawyer, notes).getStatus()).isEqualTo(201);
        }
        MockHttpServletResponse refused = note(lawyer, notes);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        // Three an hour, refilled steadily: the next one in about twenty minutes.
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1000L, 1200L);
        assertThat(ApiClient.json(refused.getContentAsString()).get("type").asText())
                .isEqualTo("https://lexdesk.app/problems/rate-limited");
        JsonNode stored = ApiClient.json(mvc.perform(get(notes).header("Authorization", "Bearer " + lawyer))
                .andReturn().getResponse().getContentAsString());
        assertThat(stored.size()).isEqualTo(PER_USER);
    }

    private MockHttpServletResponse note(String token, String path) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Scripted\",\"visibility\":\"INTERNAL\"}"))
                .andReturn().getResponse();
    }
}
