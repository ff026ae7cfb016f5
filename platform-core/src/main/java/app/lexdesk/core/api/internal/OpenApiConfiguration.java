package app.lexdesk.core.api.internal;

import app.lexdesk.core.api.ProblemType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a client generated from the OpenAPI document needs to know beyond the operations: how to authenticate
 * (a bearer token from the tenants' Keycloak realm, OIDC) and what an error looks like (RFC 9457 problems with
 * our stable types, declared on every operation).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SCHEME = "keycloak";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenApiCustomizer lexdeskApiDocument(@Value("${lexdesk.identity.issuer:}") String issuer) {
        return document -> {
            document.info(new Info().title("Lexdesk API").version("v1").description("""
                    The REST API of Lexdesk. Every call needs a bearer access token from the tenants' Keycloak realm \
                    naming exactly one organization (scope `organization`, or `organization:<tenant>` for a \
                    person in several) and the `lexdesk-api` audience. Errors are `application/problem+json` \
                    (RFC 9457) whose `type` is one of https://lexdesk.app/problems/{code}: """
                    + String.join(", ", Arrays.stream(ProblemType.values()).map(ProblemType::code).toList()) + "."));
            components(document).addSecuritySchemes(SCHEME, securityScheme(issuer)).addSchemas(PROBLEM, problem());
            document.addSecurityItem(new SecurityRequirement().addList(SCHEME));
            if (document.getPaths() != null) {
                document.getPaths().values().forEach(path -> path.readOperations().forEach(this::declareErrors));
            }
        };
    }

    private static Components components(OpenAPI document) {
        if (document.getComponents() == null) {
            document.components(new Components());
        }
        return document.getComponents();
    }

    /** Bearer access tokens from Keycloak, found through OIDC discovery. */
    private static SecurityScheme securityScheme(String issuer) {
        if (issuer.isBlank()) {
            return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT");
        }
        return new SecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(issuer + "/.well-known/openid-configuration")
                .description("Access token (JWT) from Keycloak, issuer " + issuer + ", scopes `openid organization`; "
                        + "send it as `Authorization: Bearer <token>`.");
    }

    private static Schema<?> problem() {
        Map<String, Schema> error = new LinkedHashMap<>();
        error.put("field", new StringSchema().description("Path of the input at fault: subject, fields.amount, "
                + "attachments[0], a query parameter's name, or body"));
        error.put("code", new StringSchema().description("Stable code, e.g. required, too-long, invalid-type"));
        error.put("message", new StringSchema().description("English message"));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").example(ProblemType.NOT_FOUND.uri().toString())
                ._enum(Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList()));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema().format("int32"));
        properties.put("detail", new StringSchema());
        properties.put("instance", new StringSchema().format("uri-reference"));
        properties.put("errors", new ArraySchema().items(new ObjectSchema().properties(error)));
        return new ObjectSchema().description("An error, as RFC 9457 describes it").properties(properties)
                .required(List.of("type", "title", "status"));
    }

    private void declareErrors(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        // An operation that can find a service it needs unavailable says so itself (uploads: file storage).
        ApiResponse unavailable = responses.get("503");
        // springdoc's default guess for errors is a bare "*/*" body; ours are always problems.
        responses.keySet().removeIf(code -> code.startsWith("4") || code.startsWith("5"));
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            responses.addApiResponse("400", error("The input cannot be used; errors[] names each field at fault"));
        }
        responses.addApiResponse("401", error("No valid bearer token"));
        responses.addApiResponse("403", error("The token gives no access to a tenant, or the role does not allow it"));
        responses.addApiResponse("404", error("No such resource in the caller's tenant (other tenants' are 404 too)"));
        responses.addApiResponse("406", error("The client accepts no media type this operation answers with"));
        if (body) {
            responses.addApiResponse("413", error("The body is larger than the API takes"));
            responses.addApiResponse("415", error("The body's media type is not the one this operation takes"));
        }
        responses.addApiResponse("429", error("Too many calls of this kind lately; see the Retry-After header"));
        responses.addApiResponse("500", error("An error on Lexdesk's side; nothing was changed"));
        if (unavailable != null) {
            responses.addApiResponse("503", error(unavailable.getDescription()));
        }
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
