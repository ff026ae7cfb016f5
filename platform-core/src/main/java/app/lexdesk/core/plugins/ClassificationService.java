package app.lexdesk.core.plugins;

import app.lexdesk.plugin.api.RequestClassifier;
import app.lexdesk.plugin.api.RequestFacts;
import app.lexdesk.plugin.api.Suggestion;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs the current tenant's enabled classifiers in its order; the first confident suggestion naming a valid
 * target wins. A classifier that throws or runs over its time budget is skipped with a warning.
 */
@Service
public class ClassificationService {

    static final double CONFIDENT = 0.5;
    private static final Logger log = LoggerFactory.getLogger(ClassificationService.class);

    private final PluginSettingsService settings;
    private final PluginHost host;
    private final Duration budget;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lexdesk-classifier");
        t.setDaemon(true);
        return t;
    });

    ClassificationService(PluginSettingsService settings, PluginHost host,
            @Value("${lexdesk.plugins.classifier-budget:2s}") Duration budget) {
        this.settings = settings;
        this.host = host;
        this.budget = budget;
    }

    /** The winning classification, or empty when no enabled classifier was confident about a valid target. */
    public Optional<Classification> classify(RequestFacts facts, Set<String> validTargets) {
        return classify(facts, validTargets, settings.settings());
    }

    /** As {@link #classify(RequestFacts, Set)}, with the tenant's plugin settings already read by the caller. */
    public Optional<Classification> classify(RequestFacts facts, Set<String> validTargets,
            List<TenantPluginSetting> tenantSettings) {
        List<TenantPluginSetting> enabled = tenantSettings.stream().filter(TenantPluginSetting::enabled).toList();
        for (TenantPluginSetting setting : enabled) {
            Optional<RequestClassifier> classifier = host.classifier(setting.pluginId());
            if (classifier.isEmpty()) {
                continue;
            }
            Optional<Suggestion> suggestion = run(classifier.get(), facts, setting);
            if (suggestion.isPresent() && suggestion.get().confidence() >= CONFIDENT
                    && validTargets.contains(suggestion.get().target())) {
                return Optional.of(new Classification(suggestion.get().target(), setting.pluginId(),
                        suggestion.get().reason()));
            }
        }
        return Optional.empty();
    }

    private Optional<Suggestion> run(RequestClassifier classifier, RequestFacts facts, TenantPluginSetting setting) {
        Future<Optional<Suggestion>> call = executor.submit(() -> classifier.classify(facts, setting.configuration()));
        try {
            Optional<Suggestion> result = call.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            return result == null ? Optional.empty() : result;
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("Classifier {} ran over its {} ms budget for tenant {}; skipped", classifier.id(),
                    budget.toMillis(), facts.tenant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Classifier {} failed for tenant {}; skipped: {}", classifier.id(), facts.tenant(),
                    e.getCause() == null ? e.toString() : e.getCause().toString());
        }
        return Optional.empty();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
