package app.lexdesk.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.lexdesk.client.ApiClient;
import app.lexdesk.client.ApiException;
import app.lexdesk.client.api.FilesApi;
import app.lexdesk.client.api.MattersApi;
import app.lexdesk.client.api.MeApi;
import app.lexdesk.client.api.RequestsApi;
import app.lexdesk.client.model.AttachmentSummary;
import app.lexdesk.client.model.FileResource;
import app.lexdesk.client.model.NewRequest;
import app.lexdesk.client.model.PageMatterSummary;
import app.lexdesk.client.model.Problem;
import app.lexdesk.client.model.RequestResource;
import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.infra.DemoData;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client generated from the OpenAPI document alone (see the platform-core pom) finds how to log in from the
 * document's security scheme, calls the API as a requester and as staff, and reads errors as the problems the
 * document declares.
 */
@CoreIntegrationTest
class GeneratedClientIT {

    final DevServices services = DevServices.forTests();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_requester_uploads_submits_and_reads_back_through_the_generated_client(@TempDir Path dir) throws Exception {
        ApiClient requester = client("requester@client.test");
        assertThat(new MeApi(requester).getMe().getTenant()).isEqualTo("acme");

        Path letter = Files.writeString(dir.resolve("lettre.pdf"), "%PDF-1.7\n% Mise en demeure\n");
        AttachmentSummary uploaded = new FilesApi(requester).uploadFile(letter.toFile());
        RequestResource created = new RequestsApi(requester).submitRequest(new NewRequest()
                .type("other-legal-question").subject("Sent by a generated client").language("en")
                .attachments(List.of(uploaded.getId())), "generated-client-1");
        assertThat(created.getReference()).matches("REQ-\\d{4}-\\d{6}");

        RequestResource read = new RequestsApi(requester).getRequest(created.getReference());
        assertThat(read.getFiles()).extracting(FileResource::getId).containsExactly(uploaded.getId());
        // The requester's own file is shared with them from the start; the client saves what it downloads.
        File downloaded = new FilesApi(requester).downloadFile(uploaded.getId());
        assertThat(Files.readString(downloaded.toPath())).isEqualTo(Files.readString(letter));

        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> new RequestsApi(requester).getRequest("REQ-1999-000001"));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(requester.getObjectMapper().readValue(missing.getResponseBody(), Problem.class).getType())
                .isEqualTo(Problem.TypeEnum.HTTPS_LEXDESK_APP_PROBLEMS_NOT_FOUND);
    }

    @Test
    void errors_arrive_as_the_problems_the_document_declares() throws Exception {
        ApiClient requester = client("requester@client.test");
        ApiException invalid = catchThrowableOfType(ApiException.class, () -> new RequestsApi(requester)
                .submitRequest(new NewRequest().type("litigation"), null));
        assertThat(invalid.getCode()).isEqualTo(400);
        Problem problem = requester.getObjectMapper().readValue(invalid.getResponseBody(), Problem.class);
        assertThat(problem.getType()).isEqualTo(Problem.TypeEnum.HTTPS_LEXDESK_APP_PROBLEMS_INVALID_REQUEST);
        assertThat(problem.getErrors()).anySatisfy(e -> {
            assertThat(e.getField()).isEqualTo("subject");
            assertThat(e.getCode()).isEqualTo("required");
        });

        ApiException forbidden = catchThrowableOfType(ApiException.class, () -> new MattersApi(requester)
                .listMatters(null, null, null, null, null, null, null, null));
        assertThat(forbidden.getCode()).isEqualTo(403);
        assertThat(requester.getObjectMapper().readValue(forbidden.getResponseBody(), Problem.class).getType())
                .isEqualTo(Problem.TypeEnum.HTTPS_LEXDESK_APP_PROBLEMS_FORBIDDEN);

        PageMatterSummary page = new MattersApi(client("lawyer@acme.test"))
                .listMatters(null, null, "PORTAL", null, null, 0, 5, "createdAt,desc");
        assertThat(page.getItems()).hasSizeLessThanOrEqualTo(5);
    }

    /**
     * Logs in the way the document says: its security scheme names an OpenID Connect discovery document, whose
     * token endpoint gives the bearer token (password grant of the test client here; a real client would use
     * the authorization code flow or client credentials).
     */
    private ApiClient client(String email) throws Exception {
        JsonNode document = json.readTree(get(services.appUrl() + "/api/v1/openapi"));
        String discovery = document.at("/components/securitySchemes/keycloak/openIdConnectUrl").asText();
        String tokenEndpoint = json.readTree(get(discovery)).get("token_endpoint").asText();
        String form = "grant_type=password&client_id=" + services.passwordGrantClientId() + "&username="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + DemoData.PASSWORD
                + "&scope=" + URLEncoder.encode("openid organization", StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String accessToken = json.readTree(token.body()).get("access_token").asText();
        ApiClient client = new ApiClient();
        client.updateBaseUri(services.appUrl());
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        return client;
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
