package app.lexdesk.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every error under {@code /api} is {@code application/problem+json} with a stable type and no stack trace:
 * bad bodies name their field and store nothing, unknown paths end in the API, and errors Tomcat or Spring
 * Security answer before any controller runs are problems too.
 */
@CoreIntegrationTest
class ApiErrorsIT {

    final DevServices services = DevServices.forTests();
    final ApiClient api = new ApiClient(services);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    String requester;
    String lawyer;

    @BeforeEach
    void tokens() {
        requester = api.token("requester@client.test", "openid organization");
        lawyer = api.token("lawyer@acme.test", "openid organization");
    }

    @Test
    void a_null_attachment_id_is_a_400_naming_it_and_stores_nothing() {
        long before = requests();
        HttpResponse<String> response = api.post("/api/v1/requests", requester,
                "{\"type\":\"other-legal-question\",\"subject\":\"Null file\",\"attachments\":[null]}", null);
        assertField(response, 400, "invalid-request", "attachments[0]", "required");
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void a_null_field_value_counts_as_not_given() {
        long before = requests();
        HttpResponse<String> response = api.post("/api/v1/requests", requester, """
                {"type":"litigation","subject":"Dispute","fields":{"counterparty":null,"a":null}}""", null);
        assertField(response, 400, "invalid-request", "fields.counterparty", "required");
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void a_client_that_accepts_no_json_is_refused_before_anything_is_stored() throws Exception {
        long before = requests();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/requests"))
                .header("Content-Type", "application/json").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"other-legal-question\",\"subject\":\"Html\"}")),
                requester);
        assertProblem(response, 406, "not-acceptable");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Accept", "not a media type").GET(),
                lawyer), 406, "not-acceptable");
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void control_characters_in_text_are_refused_naming_the_field() {
        assertField(api.post("/api/v1/requests", requester,
                "{\"type\":\"other-legal-question\",\"subject\":\"Nul\\u0000byte\"}", null), 400,
                "invalid-request", "subject", "invalid-characters");
    }

    @Test
    void an_amount_with_a_huge_exponent_is_refused_without_being_expanded() {
        HttpResponse<String> response = api.post("/api/v1/requests", requester, """
                {"type":"litigation","subject":"Huge","fields":{"counterparty":"X","amount":"1e1000000000"}}""", null);
        assertField(response, 400, "invalid-request", "fields.amount", "invalid-money");
    }

    @Test
    void malformed_mistyped_and_unknown_bodies_are_400s_naming_the_field() {
        long before = requests();
        assertField(api.post("/api/v1/requests", requester, "{\"type\":", null), 400, "invalid-body", "body",
                "malformed-json");
        assertField(api.post("/api/v1/requests", requester, "[1,2]", null), 400, "invalid-body", "body",
                "invalid-type");
        assertField(api.post("/api/v1/requests", requester, "{\"type\":\"litigation\",\"subject\":5}", null), 400,
                "invalid-body", "subject", "invalid-type");
        assertField(api.post("/api/v1/requests", requester, "{\"type\":\"litigation\",\"fields\":{\"amount\":12}}",
                null), 400, "invalid-body", "fields.amount", "invalid-type");
        assertField(api.post("/api/v1/requests", requester, "{\"type\":\"litigation\",\"attachments\":[\"x\"]}", null),
                400, "invalid-body", "attachments[0]", "invalid-type");
        assertField(api.post("/api/v1/requests", requester, "{\"type\":\"litigation\",\"owner\":\"me\"}", null), 400,
                "invalid-body", "owner", "unknown-property");
        assertField(api.post("/api/v1/requests", requester, "null", null), 400, "invalid-body", "body", "unreadable");
        assertField(api.post("/api/v1/requests", requester, "{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}",
                null), 400, "invalid-body", "body", "too-large");
        assertThat(requests()).isEqualTo(before);
    }

    @Test
    void a_body_over_the_limit_is_413_whether_or_not_its_length_is_declared() throws Exception {
        String huge = "{\"type\":\"litigation\",\"subject\":\"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(api.post("/api/v1/requests", requester, huge, null), 413, "payload-too-large");
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(services.appUrl() + "/api/v1/requests"))
                .header("Authorization", "Bearer " + requester).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(StandardCharsets.UTF_8)))).build();
        assertProblem(http.send(chunked, HttpResponse.BodyHandlers.ofString()), 413, "payload-too-large");
    }

    @Test
    void unknown_paths_under_api_are_404_problems_with_a_valid_token() {
        for (String path : new String[] {"/api/v1/nope", "/api/v2/matters", "/api/v1/matters/MAT-2026-000001/unknown",
                "/api", "/api/"}) {
            assertProblem(api.get(path, lawyer), 404, "not-found");
        }
        assertProblem(api.get("/api/v1/nope", null), 401, "not-authenticated");
    }

    @Test
    void wrong_method_media_type_and_accept_are_405_415_and_406_problems() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/me")).DELETE(), lawyer), 405, "method-not-allowed");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/requests")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")), requester), 415, "unsupported-media-type");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Accept", "application/xml").GET(),
                lawyer), 406, "not-acceptable");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/matters?page=abc")).GET(), lawyer), 400,
                "invalid-parameter");
    }

    @Test
    void urls_and_headers_refused_before_any_controller_are_problems_too() throws IOException {
        String nul = raw("GET /api/v1/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertRawProblem(nul, 400);
        String bigHeader = raw("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Junk: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertRawProblem(bigHeader, 400);
        String badLine = raw("GET /api/v1/me HTTP/1.1 junk\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertRawProblem(badLine, 400);
        assertRawProblem(raw("TRACE /api/v1/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 405);
        String badChunk = raw("POST /api/v1/requests HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + requester
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "zz\r\n{}\r\n0\r\n\r\n");
        assertRawProblem(badChunk, 400);
        // Spring Security's firewall: an encoded slash, a double slash, a semicolon.
        for (String path : new String[] {"/api/v1/me;x=1", "/api/v1//me", "/api/v1/matters/%2e%2e/me"}) {
            assertRawProblem(raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + lawyer
                    + "\r\nConnection: close\r\n\r\n"), 400);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(services.appUrl() + path);
    }

    private String raw(String request) throws IOException {
        URI app = URI.create(services.appUrl());
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertRawProblem(String response, int status) {
        assertThat(response).as(response).startsWith("HTTP/1.1 " + status);
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).as(response).contains("content-type: application/problem+json");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertThat(body).as(response).contains("\"type\":\"https://lexdesk.app/problems/")
                .doesNotContain("<html").doesNotContain("Exception").doesNotContain("Tomcat");
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode body = ApiClient.json(response.body());
        assertThat(body.get("type").asText()).isEqualTo("https://lexdesk.app/problems/" + type);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("\"trace\"").doesNotContain("at org.").doesNotContain("at app.");
        return body;
    }

    private static void assertField(HttpResponse<String> response, int status, String type, String field,
            String code) {
        JsonNode body = assertProblem(response, status, type);
        assertThat(body.get("errors").toString()).as(response.body())
                .contains("\"field\":\"" + field + "\"").contains("\"code\":\"" + code + "\"");
    }

    private long requests() {
        var t = directory.findBySlug("acme").orElseThrow();
        Supplier<Long> count = () -> jdbc.queryForObject("select count(*) from request", Long.class);
        return TenantContext.call(new CurrentTenant(t.id(), t.slug()), () -> transactions.execute(s -> count.get()));
    }
}
