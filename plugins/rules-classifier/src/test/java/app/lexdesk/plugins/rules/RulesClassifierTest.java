package app.lexdesk.plugins.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.plugin.api.RequestFacts;
import app.lexdesk.plugin.api.Suggestion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesClassifierTest {

    final RulesClassifier classifier = new RulesClassifier();

    @Test
    void french_phrases_match_without_case_or_accents() {
        Optional<Suggestion> s = classify("MISE EN DEMEURE reçue de notre fournisseur", "", Map.of());
        assertThat(s).hasValueSatisfying(v -> {
            assertThat(v.target()).isEqualTo("LITIGATION");
            assertThat(v.reason()).isEqualTo("matched 'mise en demeure'");
        });
        assertThat(classify("Dépôt de la Marque Lexdesk", "", Map.of())).map(Suggestion::target).hasValue("IP");
        assertThat(classify("Convocation à l'Assemblée Générale", "", Map.of())).map(Suggestion::target).hasValue("CORPORATE");
    }

    @Test
    void english_phrases_match_in_the_description_too() {
        assertThat(classify("Question", "We received a cease-and-desist letter about our trademark", Map.of()))
                .map(Suggestion::target).hasValue("LITIGATION");
        assertThat(classify("Patent filing for the new widget", "", Map.of())).map(Suggestion::target).hasValue("IP");
    }

    @Test
    void phrases_match_whole_words_only() {
        assertThat(classify("Une remarque sur le planning", "", Map.of())).isEmpty();
    }

    @Test
    void a_tenants_rules_come_before_the_defaults_and_in_their_order() {
        Map<String, Object> config = Map.of("rules", List.of(
                Map.of("target", "CORPORATE", "phrases", List.of("brevet")),
                Map.of("target", "IP", "phrases", List.of("brevet"))));
        Optional<Suggestion> s = classify("Cession de brevet à la filiale", "", config);
        assertThat(s).map(Suggestion::target).hasValue("CORPORATE");
        assertThat(s).map(Suggestion::confidence).hasValue(RulesClassifier.RULE_CONFIDENCE);
    }

    @Test
    void request_type_company_and_field_conditions_must_all_hold() {
        Map<String, Object> config = Map.of("rules", List.of(Map.of("target", "IP",
                "requestTypes", List.of("other-legal-question"), "companies", List.of("Client Co"),
                "field", "area", "fieldValues", List.of("Software"))));
        RequestFacts matching = new RequestFacts("acme", "other-legal-question", "MATTER", "Question", "",
                Map.of("area", "software"), "CLIENT CO", "en");
        RequestFacts otherCompany = new RequestFacts("acme", "other-legal-question", "MATTER", "Question", "",
                Map.of("area", "software"), "Rival Inc", "en");
        assertThat(classifier.classify(matching, config)).map(Suggestion::target).hasValue("IP");
        assertThat(classifier.classify(otherCompany, config)).isEmpty();
    }

    @Test
    void defaults_can_be_turned_off() {
        assertThat(classify("Mise en demeure", "", Map.of("useDefaults", false))).isEmpty();
    }

    @Test
    void bad_configuration_is_rejected_with_reasons() {
        Map<String, Object> config = Map.of("rules", List.of(
                Map.of("target", "IP"),
                Map.of("target", "IP", "phrases", List.of("  ")),
                Map.of("target", "IP", "field", "area")));
        assertThat(classifier.validate(config)).containsExactly(
                "Rule 1 has no condition: give it phrases, request types, companies or a field.",
                "Rule 2 has an empty phrase.",
                "Rule 3 names field area but no values.");
        assertThat(classifier.validate(Map.of("rules", List.of(Map.of("target", "IP", "phrases", List.of("x"))))))
                .isEmpty();
    }

    @Test
    void the_schema_is_json_describing_rules() {
        assertThat(classifier.configurationSchema()).contains("\"rules\"").contains("\"target\"");
    }

    private Optional<Suggestion> classify(String subject, String description, Map<String, Object> config) {
        return classifier.classify(new RequestFacts("acme", "other-legal-question", "MATTER", subject, description,
                Map.of(), "Client Co", "fr"), config);
    }
}
