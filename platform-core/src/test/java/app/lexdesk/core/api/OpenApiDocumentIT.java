package app.lexdesk.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says how to authenticate and what every error looks like, and the copy the build
 * generates a client from ({@value #COPY}) is the document the application serves: when the API changes,
 * this test fails until the copy is refreshed, so the generated client (used by {@code GeneratedClientIT})
 * always speaks to today's API.
 */
@CoreIntegrationTest
class OpenApiDocumentIT {

    static final String COPY = "src/test/resources/openapi/lexdesk-api.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);

    @Test
    void every_operation_declares_the_bearer_scheme_and_its_errors_as_problems() throws IOException {
        JsonNode document = served();
        assertThat(document.at("/components/securitySchemes/keycloak/type").asText()).isEqualTo("openIdConnect");
        assertThat(document.at("/components/securitySchemes/keycloak/openIdConnectUrl").asText())
                .isEqualTo("${issuer}/.well-known/openid-configuration");
        assertThat(document.at("/security/0/keycloak").isArray()).isTrue();
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            operations.add(op.getKey().toUpperCase() + " " + path.getKey());
            for (String status : List.of("401", "403", "404", "429", "500")) {
                assertThat(op.getValue().at("/responses/" + status + "/content/application~1problem+json/schema/$ref")
                        .asText()).as(op.getKey() + " " + path.getKey() + " " + status)
                        .isEqualTo("#/components/schemas/Problem");
            }
            op.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(op.getValue().at("/responses/" + status + "/content").size())
                            .as("only problem+json for " + status).isEqualTo(1);
                }
            });
        }));
        assertThat(operations).hasSizeGreaterThanOrEqualTo(14).contains("POST /api/v1/requests",
                "GET /api/v1/attachments/{id}/content", "PUT /api/v1/matters/{reference}/board");
    }

    @Test
    void the_copy_the_client_is_generated_from_is_the_document_served() throws IOException {
        String served = JSON.writeValueAsString(JSON.treeToValue(served(), Object.class)) + "\n";
        Path copy = Path.of(COPY);
        String kept = Files.exists(copy) ? Files.readString(copy) : "";
        if (!served.equals(kept)) {
            Path fresh = Path.of("target", "openapi", "lexdesk-api.json");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, served);
            assertThat(kept).as("The API changed: copy " + fresh.toAbsolutePath() + " to platform-core/" + COPY
                    + " so the generated client follows it.").isEqualTo(served);
        }
    }

    /** The served document without what differs from one run to the next (the server's and issuer's ports). */
    private JsonNode served() throws IOException {
        String body = api.get("/api/v1/openapi", null).body().replace(services.tenantIssuer(), "${issuer}");
        ObjectNode document = (ObjectNode) JSON.readTree(body);
        document.remove("servers");
        return JSON.valueToTree(JSON.convertValue(document, Map.class));
    }
}
