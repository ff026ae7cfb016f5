package app.lexdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
    void the_ui_the_openapi_document_and_swagger_ui_are_still_served() throws Exception {
        assertThat(api.get("/api/v1/openapi", null).statusCode()).isEqualTo(200);
        HttpResponse<String> docs = api.get("/api/docs", null);
        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(302);
        String swagger = docs.headers().firstValue("Location").orElseThrow();
        HttpClient follow = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> page = follow.send(HttpRequest.newBuilder(URI.create(DevServices.forTests().appUrl())
                .resolve(swagger)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(swagger).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        HttpResponse<String> portal = api.get("/t/acme/portal", null);
        assertThat(portal.statusCode()).as("the UI sends a browser to log in, as before").isIn(200, 302);
    }
}
