package app.lexdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * In the tenants' application, where Vaadin answers every path it is given, the API's namespace still ends in
 * the API: unknown API paths are 404 problems, never the UI's HTML page.
 */
@UiIntegrationTest
class ApiNamespaceIT {

    final ApiClient api = new ApiClient(DevServices.forTests());

    @Test
    void unknown_api_paths_are_404_problems_not_the_uis_page() {
        String token = api.token("lawyer@acme.test", "openid organization");
        for (String path : new String[] {"/api/v1/nope", "/api/v2/matters", "/api/v1/matters/MAT-2026-000001/unknown"}) {
            HttpResponse<String> response = api.get(path, token);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            JsonNode body = ApiClient.json(response.body());
            assertThat(body.get("type").asText()).isEqualTo("https://lexdesk.app/problems/not-found");
            assertThat(response.body()).doesNotContain("<html").doesNotContain("vaadin");
        }
    }

    @Test
    void the_ui_and_the_openapi_document_are_still_served() {
        assertThat(api.get("/api/v1/openapi", null).statusCode()).isEqualTo(200);
        HttpResponse<String> portal = api.get("/t/acme/portal", null);
        assertThat(portal.statusCode()).as("the UI sends a browser to log in, as before").isIn(200, 302);
    }
}
