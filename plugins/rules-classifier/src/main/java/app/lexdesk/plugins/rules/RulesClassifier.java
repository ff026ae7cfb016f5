package app.lexdesk.plugins.rules;

import app.lexdesk.plugin.api.RequestClassifier;
import app.lexdesk.plugin.api.RequestFacts;
import app.lexdesk.plugin.api.Suggestion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Tenant rules first, in their order; then the built-in EN/FR phrases (unless {@code useDefaults} is false).
 * The first rule that matches wins. Stateless, so safe for concurrent calls of every tenant. The schema bounds
 * what a tenant can make every submission check: at most 200 rules of at most 100 phrases each.
 */
@Extension
public class RulesClassifier implements RequestClassifier {

    static final double RULE_CONFIDENCE = 0.9;
    static final double DEFAULT_CONFIDENCE = 0.8;

    private static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "useDefaults": {"type": "boolean"},
                "rules": {
                  "type": "array",
                  "maxItems": 200,
                  "items": {
                    "type": "object",
                    "required": ["target"],
                    "properties": {
                      "target": {"type": "string", "maxLength": 100},
                      "phrases": {"type": "array", "maxItems": 100, "items": {"type": "string", "maxLength": 200}},
                      "requestTypes": {"type": "array", "maxItems": 100, "items": {"type": "string", "maxLength": 100}},
                      "companies": {"type": "array", "maxItems": 100, "items": {"type": "string", "maxLength": 200}},
                      "field": {"type": "string", "maxLength": 100},
                      "fieldValues": {"type": "array", "maxItems": 100, "items": {"type": "string", "maxLength": 200}}
                    }
                  }
                }
              }
            }""";

    @Override
    public String id() {
        return "rules-classifier";
    }

    @Override
    public String configurationSchema() {
        return SCHEMA;
    }

    @Override
    public List<String> validate(Map<String, Object> configuration) {
        List<String> problems = new ArrayList<>();
        List<Rule> rules = rules(configuration);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!rule.hasCondition()) {
                problems.add("Rule " + (i + 1) + " has no condition: give it phrases, request types, companies or a field.");
            }
            if (rule.phrases().stream().anyMatch(p -> Text.fold(p).isEmpty())) {
                problems.add("Rule " + (i + 1) + " has an empty phrase.");
            }
            if (rule.field() != null && rule.fieldValues().isEmpty()) {
                problems.add("Rule " + (i + 1) + " names field " + rule.field() + " but no values.");
            }
        }
        return problems;
    }

    @Override
    public Optional<Suggestion> classify(RequestFacts facts, Map<String, Object> configuration) {
        String text = Text.fold(facts.subject() + " " + facts.description());
        Optional<Suggestion> own = firstMatch(rules(configuration), facts, text, RULE_CONFIDENCE);
        if (own.isPresent() || Boolean.FALSE.equals(configuration.get("useDefaults"))) {
            return own;
        }
        return firstMatch(DefaultRules.RULES, facts, text, DEFAULT_CONFIDENCE);
    }

    private static Optional<Suggestion> firstMatch(List<Rule> rules, RequestFacts facts, String text, double confidence) {
        for (Rule rule : rules) {
            Optional<String> because = rule.match(text, facts.requestType(), facts.company(), facts.fields());
            if (because.isPresent()) {
                return Optional.of(new Suggestion(rule.target(), confidence, because.get()));
            }
        }
        return Optional.empty();
    }

    private static List<Rule> rules(Map<String, Object> configuration) {
        if (!(configuration.get("rules") instanceof Collection<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(m -> Rule.from((Map<?, ?>) m)).toList();
    }
}
