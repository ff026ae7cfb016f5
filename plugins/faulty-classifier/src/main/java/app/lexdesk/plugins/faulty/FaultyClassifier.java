package app.lexdesk.plugins.faulty;

import app.lexdesk.plugin.api.RequestClassifier;
import app.lexdesk.plugin.api.RequestFacts;
import app.lexdesk.plugin.api.Suggestion;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Test fixture, never deployed: misbehaves as its tenant configuration says — {@code "throw"} fails,
 * {@code "slow"} runs far past the host's time budget — so tests can show a request survives a broken plugin.
 */
@Extension
public class FaultyClassifier implements RequestClassifier {

    @Override
    public String id() {
        return "faulty-classifier";
    }

    @Override
    public String configurationSchema() {
        return """
                {"type": "object", "properties": {"mode": {"type": "string", "enum": ["throw", "slow"]}}}""";
    }

    @Override
    public Optional<Suggestion> classify(RequestFacts facts, Map<String, Object> configuration) {
        if ("slow".equals(configuration.get("mode"))) {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new Suggestion("IP", 1, "too late to count"));
        }
        throw new IllegalStateException("faulty-classifier fails on purpose");
    }
}
