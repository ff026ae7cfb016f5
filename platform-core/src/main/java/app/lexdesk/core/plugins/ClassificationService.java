package app.lexdesk.core.plugins;

import app.lexdesk.plugin.api.RequestClassifier;
import app.lexdesk.plugin.api.RequestFacts;
import app.lexdesk.plugin.api.Suggestion;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs the current tenant's enabled classifiers in its order; the first confident suggestion naming a valid
 * target wins. A classifier that throws or runs over its time budget is skipped with a warning.
 *
 * <p>Classifiers run on a bounded pool ({@code lexdesk.plugins.classifier-threads}). A plugin that ignores
 * interruption keeps its thread after its budget, so each plugin may hold at most half the pool: past that it
 * is skipped at once until its stuck calls end, and the others keep classifying. When the pool is full,
 * classification falls back to the request type's default; a submission never waits for a thread.
 */
@Service
public class ClassificationService {

    static final double CONFIDENT = 0.5;
    private static final Logger log = LoggerFactory.getLogger(ClassificationService.class);

    private final PluginSettingsService settings;
    private final PluginHost host;
    private final Duration budget;
    private final ThreadPoolExecutor executor;
    private final int perPlugin;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    ClassificationService(PluginSettingsService settings, PluginHost host,
            @Value("${lexdesk.plugins.classifier-budget:2s}") Duration budget,
            @Value("${lexdesk.plugins.classifier-threads:8}") int threads) {
        this.settings = settings;
        this.host = host;
        this.budget = budget;
        this.perPlugin = Math.max(1, threads / 2);
        AtomicInteger numbers = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(0, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "lexdesk-classifier-" + numbers.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
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
        AtomicInteger calls = running.computeIfAbsent(classifier.id(), id -> new AtomicInteger());
        if (calls.incrementAndGet() > perPlugin) {
            calls.decrementAndGet();
            log.warn("Classifier {} still holds {} threads from calls over budget; skipped for tenant {}",
                    classifier.id(), perPlugin, facts.tenant());
            return Optional.empty();
        }
        Future<Optional<Suggestion>> call;
        try {
            call = executor.submit(() -> {
                try {
                    return classifier.classify(facts, setting.configuration());
                } finally {
                    calls.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            calls.decrementAndGet();
            log.warn("No classifier thread free; {} skipped for tenant {}", classifier.id(), facts.tenant());
            return Optional.empty();
        }
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
