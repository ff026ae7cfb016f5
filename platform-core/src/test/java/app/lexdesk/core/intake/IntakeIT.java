package app.lexdesk.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.activity.ActivityService;
import app.lexdesk.core.matters.MatterDetails;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.records.Origin;
import app.lexdesk.core.plugins.PluginHost;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.core.testing.EventListeners;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@CoreIntegrationTest
class IntakeIT {

    final ApiClient api = new ApiClient(DevServices.forTests());
    @Autowired TenantDirectory directory;
    @Autowired MatterService matters;
    @Autowired PluginSettingsService plugins;
    @Autowired PluginHost host;
    @Autowired RequestTypeService types;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void the_rules_classifier_is_loaded_from_its_jar_and_started() {
        assertThat(host.installed()).anySatisfy(p -> {
            assertThat(p.id()).isEqualTo("rules-classifier");
            assertThat(p.state()).isEqualTo("STARTED");
        });
        assertThat(host.getClass().getClassLoader().getResource("app/lexdesk/plugins/rules/RulesClassifier.class"))
                .as("plugin classes must come from the jar, not the application classpath").isNull();
    }

    @Test
    void a_formal_notice_lands_on_the_litigation_board_with_its_reason_for_staff_only() {
        String requester = token("requester@client.test");
        HttpResponse<String> created = submit(requester, Map.of("type", "other-legal-question",
                "subject", "Mise en demeure reçue de notre fournisseur", "description", "Reçue hier par courrier.",
                "language", "fr"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = ApiClient.json(created.body());
        String reference = body.get("reference").asText();
        assertThat(reference).matches("REQ-\\d{4}-\\d{6}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/requests/" + reference);
        assertThat(body.has("classification")).as("requesters do not see internal classification").isFalse();

        JsonNode staffView = ApiClient.json(api.get("/api/v1/requests/" + reference, token("lawyer@acme.test")).body());
        assertThat(staffView.get("target").asText()).isEqualTo("LITIGATION");
        assertThat(staffView.get("classification").asText()).isEqualTo("rules-classifier matched 'mise en demeure'");
        MatterDetails matter = inAcme(() -> matters.findByReference(staffView.get("record").asText()).orElseThrow());
        assertThat(matter.board()).isEqualTo("LITIGATION");
        assertThat(matter.origin()).isEqualTo(Origin.PORTAL);
        assertThat(matter.requesterName()).isEqualTo("Rachel Moreau");
        assertThat(matter.companyName()).isEqualTo("Client Co");
    }

    @Test
    void a_contract_request_lands_in_contracts_with_its_type_and_counterparty() {
        HttpResponse<String> created = submit(token("requester@client.test"), Map.of("type", "nda",
                "subject", "NDA with Initech", "fields", Map.of("counterparty", "Initech SA", "mutual", "true")), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode staffView = ApiClient.json(api.get("/api/v1/requests/" + ApiClient.json(created.body())
                .get("reference").asText(), token("contracts@acme.test")).body());
        assertThat(staffView.get("kind").asText()).isEqualTo("CONTRACT");
        assertThat(staffView.get("target").asText()).isEqualTo("NDA");
        assertThat(staffView.get("record").asText()).startsWith("CON-");
        String parties = inAcme(() -> jdbc.queryForObject("select parties from contract where reference = ?",
                String.class, staffView.get("record").asText()));
        assertThat(parties).isEqualTo("Initech SA");
    }

    @Test
    void after_portal_submissions_no_portal_visible_activity_carries_a_board_a_classification_or_its_reason() {
        String requester = token("requester@client.test");
        JsonNode matterRequest = ApiClient.json(submit(requester, Map.of("type", "other-legal-question",
                "subject", "Mise en demeure de notre bailleur", "language", "fr"), null).body());
        JsonNode contractRequest = ApiClient.json(submit(requester, Map.of("type", "nda", "subject", "NDA with Hooli",
                "fields", Map.of("counterparty", "Hooli Inc")), null).body());

        EventListeners.awaitCompletion(jdbc);
        List<String> portalKeys = inAcme(() -> jdbc.queryForList("select distinct k from activity a, "
                + "jsonb_object_keys(coalesce(a.before, '{}') || coalesce(a.after, '{}')) k where a.visible_to_portal",
                String.class));
        assertThat(portalKeys).isNotEmpty().doesNotContain("board", "contractType", "reason", "classification")
                .isSubsetOf(ActivityService.PORTAL_SAFE_KEYS);
        List<String> portalText = inAcme(() -> jdbc.queryForList("select coalesce(before::text, '') || "
                + "coalesce(after::text, '') from activity where visible_to_portal", String.class));
        assertThat(portalText).noneMatch(text -> text.contains("mise en demeure") || text.contains("LITIGATION"));

        String matter = staffRecord(matterRequest);
        Map<String, Object> classified = inAcme(() -> jdbc.queryForMap("select a.visible_to_portal, "
                + "a.after ->> 'board' as board, a.after ->> 'reason' as reason from activity a join matter m "
                + "on m.tenant_id = a.tenant_id and m.id = a.record_id where m.reference = ? "
                + "and a.action = 'matter.classified'", matter));
        assertThat(classified).containsEntry("visible_to_portal", false).containsEntry("board", "LITIGATION")
                .containsEntry("reason", "rules-classifier matched 'mise en demeure'");
        String contract = staffRecord(contractRequest);
        Map<String, Object> typed = inAcme(() -> jdbc.queryForMap("select a.visible_to_portal, "
                + "a.after ->> 'contractType' as type from activity a join contract c on c.tenant_id = a.tenant_id "
                + "and c.id = a.record_id where c.reference = ? and a.action = 'contract.classified'", contract));
        assertThat(typed).containsEntry("visible_to_portal", false).containsEntry("type", "NDA");
    }

    private String staffRecord(JsonNode submitted) {
        return ApiClient.json(api.get("/api/v1/requests/" + submitted.get("reference").asText(),
                token("lawyer@acme.test")).body()).get("record").asText();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_creates_nothing_new() {
        String token = token("colleague@client.test");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("type", "corporate-matter", "subject", "Board minutes", "fields",
                Map.of("entity", "Client Co Holding"));
        long before = countRequests();
        HttpResponse<String> first = submit(token, body, key);
        HttpResponse<String> second = submit(token, body, key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(ApiClient.json(second.body()).get("reference").asText())
                .isEqualTo(ApiClient.json(first.body()).get("reference").asText());
        assertThat(countRequests()).isEqualTo(before + 1);
    }

    @Test
    void concurrent_submissions_get_distinct_consecutive_references_and_a_refused_one_takes_none()
            throws Exception {
        String token = token("colleague@client.test");
        Map<String, Object> body = Map.of("type", "other-legal-question", "subject", "Question on a lease");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sent.add(pool.submit(() -> submit(token, body, null)));
            }
            List<Integer> numbers = new java.util.ArrayList<>();
            for (var response : sent) {
                HttpResponse<String> r = response.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                numbers.add(sequence(ApiClient.json(r.body()).get("reference").asText()));
            }
            numbers.sort(null);
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers.get(numbers.size() - 1) - numbers.get(0)).as("no number lost between them: " + numbers)
                    .isEqualTo(numbers.size() - 1);
            HttpResponse<String> refused = submit(token, Map.of("type", "other-legal-question", "subject", ""), null);
            assertThat(refused.statusCode()).isEqualTo(400);
            int next = sequence(ApiClient.json(submit(token, body, null).body()).get("reference").asText());
            assertThat(next).as("a refused submission takes no number").isEqualTo(numbers.get(numbers.size() - 1) + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int sequence(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    @Test
    void bad_input_gets_field_level_problems_and_stores_nothing() {
        String token = token("requester@client.test");
        inGlobex(() -> {
            types.ensure(List.of(new RequestTypeDetails(null, "globex-only", RequestKind.MATTER, "Globex only",
                    "Globex seulement", "", "", "CORPORATE", List.of(), true)));
            return null;
        });
        inAcme(() -> {
            types.ensure(List.of(new RequestTypeDetails(null, "retired", RequestKind.MATTER, "Retired", "Retiré", "",
                    "", "CORPORATE", List.of(), true)));
            types.setActive("retired", false);
            return null;
        });
        String longText = "x".repeat(201);
        Map<Map<String, Object>, List<String>> cases = new LinkedHashMap<>();
        cases.put(Map.of("type", "litigation", "subject", "Dispute"), List.of("fields.counterparty:required"));
        cases.put(Map.of("type", "litigation", "subject", "Dispute", "fields", Map.of("counterparty", "X",
                "deadline", "31/12/2026", "amount", "12,5", "served", "maybe")),
                List.of("fields.amount:invalid-money", "fields.served:invalid-yes-no", "fields.deadline:invalid-date"));
        cases.put(Map.of("type", "corporate-matter", "subject", longText, "fields", Map.of("entity", "E")),
                List.of("subject:too-long"));
        cases.put(Map.of("type", "corporate-matter", "subject", " ", "fields", Map.of("entity", "E", "colour", "red")),
                List.of("subject:required", "fields.colour:unknown-field"));
        cases.put(Map.of("type", "intellectual-property", "subject", "Logo", "fields", Map.of("right", "moral")),
                List.of("fields.right:invalid-choice"));
        cases.put(Map.of("type", "no-such-type", "subject", "Hello"), List.of("type:unknown-type"));
        cases.put(Map.of("type", "globex-only", "subject", "Hello"), List.of("type:unknown-type"));
        cases.put(Map.of("type", "retired", "subject", "Hello"), List.of("type:inactive-type"));

        long before = countRequests();
        long mattersBefore = inAcme(() -> jdbc.queryForObject("select count(*) from matter", Long.class));
        cases.forEach((body, expected) -> {
            HttpResponse<String> response = submit(token, body, null);
            assertThat(response.statusCode()).as(body.toString()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode errors = ApiClient.json(response.body()).get("errors");
            List<String> found = new java.util.ArrayList<>();
            errors.forEach(e -> found.add(e.get("field").asText() + ":" + e.get("code").asText()));
            assertThat(found).as(body.toString()).containsExactlyInAnyOrderElementsOf(expected);
        });
        assertThat(countRequests()).isEqualTo(before);
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from matter", Long.class))).isEqualTo(mattersBefore);
    }

    @Test
    void with_the_plugin_disabled_the_types_default_target_applies() {
        inAcme(() -> plugins.configure("rules-classifier", false, 0, Map.of()));
        try {
            JsonNode created = ApiClient.json(submit(token("other@rival.test"), Map.of("type", "corporate-matter",
                    "subject", "Mise en demeure au sujet des statuts", "fields", Map.of("entity", "Rival Inc")), null).body());
            JsonNode staffView = ApiClient.json(api.get("/api/v1/requests/" + created.get("reference").asText(),
                    token("lawyer@acme.test")).body());
            assertThat(staffView.get("target").asText()).isEqualTo("CORPORATE");
            assertThat(staffView.get("classification").asText()).isEqualTo("default target of request type corporate-matter");
        } finally {
            inAcme(() -> plugins.configure("rules-classifier", true, 0, Map.of()));
        }
    }

    @Test
    void a_plugin_that_throws_is_skipped_and_the_next_classifier_decides() {
        inAcme(() -> plugins.configure("faulty-classifier", true, -1, Map.of("mode", "throw")));
        try {
            JsonNode created = ApiClient.json(submit(token("requester@client.test"), Map.of("type", "other-legal-question",
                    "subject", "Assignation devant le tribunal de commerce"), null).body());
            JsonNode staffView = ApiClient.json(api.get("/api/v1/requests/" + created.get("reference").asText(),
                    token("lawyer@acme.test")).body());
            assertThat(staffView.get("target").asText()).isEqualTo("LITIGATION");
            assertThat(staffView.get("classification").asText()).startsWith("rules-classifier");
        } finally {
            inAcme(() -> plugins.configure("faulty-classifier", false, -1, Map.of()));
        }
    }

    @Test
    void a_plugin_over_its_time_budget_is_skipped_and_the_request_is_kept_with_the_default() {
        inAcme(() -> plugins.configure("faulty-classifier", true, -1, Map.of("mode", "slow")));
        inAcme(() -> plugins.configure("rules-classifier", false, 0, Map.of()));
        try {
            HttpResponse<String> created = submit(token("requester@client.test"), Map.of("type", "corporate-matter",
                    "subject", "Brevet et assemblée générale", "fields", Map.of("entity", "Client Co")), null);
            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode staffView = ApiClient.json(api.get("/api/v1/requests/" + ApiClient.json(created.body())
                    .get("reference").asText(), token("lawyer@acme.test")).body());
            assertThat(staffView.get("target").asText()).isEqualTo("CORPORATE");
            assertThat(staffView.get("classification").asText()).isEqualTo("default target of request type corporate-matter");
        } finally {
            inAcme(() -> plugins.configure("faulty-classifier", false, -1, Map.of()));
            inAcme(() -> plugins.configure("rules-classifier", true, 0, Map.of()));
        }
    }

    @Test
    void globex_rules_never_touch_acme() {
        inGlobex(() -> plugins.configure("rules-classifier", true, 0, Map.of("rules",
                List.of(Map.of("target", "IP", "phrases", List.of("widget"))))));
        JsonNode globex = ApiClient.json(submit(token("requester@globex.test"), Map.of("type", "other-legal-question",
                "subject", "Our widget design"), null).body());
        JsonNode acme = ApiClient.json(submit(token("requester@client.test"), Map.of("type", "other-legal-question",
                "subject", "Our widget design"), null).body());
        assertThat(ApiClient.json(api.get("/api/v1/requests/" + globex.get("reference").asText(),
                token("lawyer@globex.test")).body()).get("target").asText()).isEqualTo("IP");
        JsonNode acmeStaffView = ApiClient.json(api.get("/api/v1/requests/" + acme.get("reference").asText(),
                token("lawyer@acme.test")).body());
        assertThat(acmeStaffView.has("target")).as("unclassified in acme").isFalse();
    }

    @Test
    void requests_stay_with_their_requester_and_tenant() {
        String reference = ApiClient.json(submit(token("requester@client.test"), Map.of("type", "corporate-matter",
                "subject", "Private matter", "fields", Map.of("entity", "Client Co")), null).body()).get("reference").asText();
        assertThat(api.get("/api/v1/requests/" + reference, token("colleague@client.test")).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/requests/" + reference, token("lawyer@globex.test")).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/requests", token("colleague@client.test")).body()).doesNotContain(reference);
        assertThat(api.get("/api/v1/requests", token("requester@client.test")).body()).contains(reference);
    }

    @Test
    void staff_do_not_submit_portal_requests() {
        HttpResponse<String> response = submit(token("lawyer@acme.test"), Map.of("type", "corporate-matter",
                "subject", "x", "fields", Map.of("entity", "E")), null);
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void staff_can_move_a_matter_to_another_board_and_the_move_is_recorded() {
        JsonNode created = ApiClient.json(submit(token("requester@client.test"), Map.of("type", "other-legal-question",
                "subject", "Brevet déposé par un concurrent"), null).body());
        String record = ApiClient.json(api.get("/api/v1/requests/" + created.get("reference").asText(),
                token("lawyer@acme.test")).body()).get("record").asText();
        String board = asLawyer(() -> matters.moveToBoard(record, "LITIGATION").board());
        assertThat(board).isEqualTo("LITIGATION");
        EventListeners.awaitCompletion(jdbc);
        Long moves = inAcme(() -> jdbc.queryForObject("""
                select count(*) from activity a join matter m on m.id = a.record_id
                where m.reference = ? and a.action = 'matter.moved' and a.before->>'board' = 'IP'
                and a.after->>'board' = 'LITIGATION'""", Long.class, record));
        assertThat(moves).isEqualTo(1);
    }

    @Test
    void a_bad_plugin_configuration_is_refused_with_reasons_and_nothing_is_saved() {
        Map<String, Object> before = inAcme(() -> plugins.settings()).stream()
                .filter(p -> p.pluginId().equals("rules-classifier")).findFirst().orElseThrow().configuration();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inAcme(() -> plugins.configure("rules-classifier", true, 0,
                        Map.of("rules", List.of(Map.of("target", "IP"))))))
                .isInstanceOf(app.lexdesk.core.plugins.InvalidPluginConfigurationException.class)
                .hasMessageContaining("Rule 1 has no condition");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inAcme(() -> plugins.configure("rules-classifier", true, 0,
                        Map.of("rules", "patent"))))
                .hasMessageContaining("configuration.rules must be an array.");
        List<Map<String, Object>> tooMany = java.util.stream.IntStream.range(0, 201)
                .mapToObj(i -> Map.<String, Object>of("target", "IP", "phrases", List.of("p" + i))).toList();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inAcme(() -> plugins.configure("rules-classifier",
                        true, 0, Map.of("rules", tooMany))))
                .hasMessageContaining("configuration.rules has more than 200 entries.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inAcme(() -> plugins.configure("rules-classifier",
                        true, 0, Map.of("rules", List.of(Map.of("target", "IP", "phrases", List.of("x".repeat(70_000))))))))
                .hasMessageContaining("larger than 64 KB");
        Map<String, Object> after = inAcme(() -> plugins.settings()).stream()
                .filter(p -> p.pluginId().equals("rules-classifier")).findFirst().orElseThrow().configuration();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void administrators_define_request_types_that_are_checked_whole_before_saving() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inAcme(() -> types.save(new SaveRequestType(
                        "Bad Code", RequestKind.MATTER, "", "Nom", "", "", "TAX", List.of(new FieldDefinition("kind",
                        FieldType.CHOICE, true, "Kind", "Nature", "", "", List.of())), true))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code()).containsExactlyInAnyOrder("code:invalid-code",
                                "nameEn:required", "defaultTarget:unknown-target", "fields[0].options:required"));
        assertThat(inAcme(() -> types.find("employment"))).isEmpty();

        inAcme(() -> types.save(new SaveRequestType("employment", RequestKind.MATTER, "Employment question",
                "Question de droit social", "", "", "CORPORATE", List.of(new FieldDefinition("employees",
                FieldType.NUMBER, true, "Employees concerned", "Salariés concernés", "", "", null)), true)));
        HttpResponse<String> created = submit(token("requester@client.test"), Map.of("type", "employment",
                "subject", "Reorganisation", "fields", Map.of("employees", "12")), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void only_administrators_change_request_types_and_plugins() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asLawyer(() -> {
            types.setActive("nda", false);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(inAcme(() -> types.find("nda")).orElseThrow().active()).isTrue();
    }

    private <T> T asLawyer(java.util.function.Supplier<T> work) {
        UUID lawyerId = inAcme(() -> jdbc.queryForObject("select id from person where email = 'lawyer@acme.test'", UUID.class));
        var access = new app.lexdesk.core.tenancy.TenantMember(acme(), "ACME Legal", lawyerId,
                "lawyer@acme.test", "Louis Durand", java.util.Set.of(app.lexdesk.core.tenancy.Role.LEGAL_STAFF));
        try (var ignored = TenantContext.open(access)) {
            return work.get();
        }
    }

    private HttpResponse<String> submit(String token, Map<String, Object> body, String key) {
        return api.post("/api/v1/requests", token, ApiClient.toJson(body), key);
    }

    private String token(String email) {
        return api.token(email, "openid organization");
    }

    private long countRequests() {
        return inAcme(() -> jdbc.queryForObject("select count(*) from request", Long.class));
    }

    private CurrentTenant acme() {
        var t = directory.findBySlug("acme").orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private <T> T inAcme(java.util.function.Supplier<T> work) {
        return TenantContext.callAsPlatformWork(acme(), () -> transactions.execute(s -> work.get()));
    }

    private <T> T inGlobex(java.util.function.Supplier<T> work) {
        var t = directory.findBySlug("globex").orElseThrow();
        return TenantContext.callAsPlatformWork(new CurrentTenant(t.id(), t.slug()),
                () -> transactions.execute(s -> work.get()));
    }
}
