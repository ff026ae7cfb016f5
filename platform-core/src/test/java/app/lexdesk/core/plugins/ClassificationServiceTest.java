package app.lexdesk.core.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.lexdesk.plugin.api.NotificationChannel;
import app.lexdesk.plugin.api.RequestClassifier;
import app.lexdesk.plugin.api.RequestFacts;
import app.lexdesk.plugin.api.Suggestion;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClassificationServiceTest {

    final PluginSettingsService settings = mock(PluginSettingsService.class);
    final PluginHost host = mock(PluginHost.class);
    final ClassificationService service = new ClassificationService(settings, host, Duration.ofMillis(200), 4);
    final RequestFacts facts = new RequestFacts("acme", "other-legal-question", "MATTER", "Mise en demeure", "",
            Map.of(), "Client Co", "fr");

    @Test
    void a_classifier_that_throws_is_skipped_and_the_next_one_decides() {
        enable("broken", classifier("broken", f -> { throw new IllegalStateException("boom"); }));
        enable("rules", classifier("rules", f -> Optional.of(new Suggestion("LITIGATION", 0.9, "matched 'x'"))));
        assertThat(service.classify(facts, Set.of("LITIGATION"))).hasValue(
                new Classification("LITIGATION", "rules", "matched 'x'"));
    }

    @Test
    void a_classifier_over_its_time_budget_is_skipped() {
        enable("slow", classifier("slow", f -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new Suggestion("IP", 1, "too late"));
        }));
        long start = System.nanoTime();
        assertThat(service.classify(facts, Set.of("IP"))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_classifier_that_ignores_interruption_holds_at_most_half_the_pool_and_the_others_still_decide()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        enable("stuck", classifier("stuck", f -> {
            calls.incrementAndGet();
            awaitIgnoringInterrupts(release);
            return Optional.of(new Suggestion("IP", 1, "too late"));
        }));
        enable("rules", classifier("rules", f -> Optional.of(new Suggestion("LITIGATION", 0.9, "matched 'x'"))));
        for (int i = 0; i < 4; i++) {
            assertThat(service.classify(facts, Set.of("IP", "LITIGATION"))).hasValue(
                    new Classification("LITIGATION", "rules", "matched 'x'"));
        }
        assertThat(calls).as("two stuck calls fill its half of a pool of four; later ones skip it").hasValue(2);
        release.countDown();
        for (int i = 0; i < 100 && calls.get() < 3; i++) {
            service.classify(facts, Set.of("IP", "LITIGATION"));
            Thread.sleep(20);
        }
        assertThat(calls).as("asked again once its threads came back").hasValueGreaterThanOrEqualTo(3);
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException ignored) {
                // On purpose: this plugin misbehaves by ignoring cancellation.
            }
        }
    }

    @Test
    void unconfident_or_unknown_targets_do_not_win() {
        enable("unsure", classifier("unsure", f -> Optional.of(new Suggestion("IP", 0.2, "maybe"))));
        enable("lost", classifier("lost", f -> Optional.of(new Suggestion("TAX", 0.9, "no such board"))));
        assertThat(service.classify(facts, Set.of("IP", "CORPORATE"))).isEmpty();
    }

    @Test
    void an_enabled_channel_plugin_is_no_classifier_and_the_next_classifier_decides() {
        enabled.add(new TenantPluginSetting("webhook-channel", true, enabled.size(), Map.of("url", "https://x.test")));
        when(host.channel("webhook-channel")).thenReturn(Optional.of(mock(NotificationChannel.class)));
        enable("rules", classifier("rules", f -> Optional.of(new Suggestion("LITIGATION", 0.9, "matched 'x'"))));
        assertThat(service.classify(facts, Set.of("LITIGATION"))).hasValue(
                new Classification("LITIGATION", "rules", "matched 'x'"));
    }

    @Test
    void disabled_classifiers_are_not_asked() {
        when(settings.settings()).thenReturn(List.of(new TenantPluginSetting("rules", false, 0, Map.of())));
        when(host.classifier("rules")).thenReturn(Optional.of(classifier("rules",
                f -> Optional.of(new Suggestion("IP", 1, "x")))));
        assertThat(service.classify(facts, Set.of("IP"))).isEmpty();
    }

    private final java.util.List<TenantPluginSetting> enabled = new java.util.ArrayList<>();

    private void enable(String id, RequestClassifier classifier) {
        enabled.add(new TenantPluginSetting(id, true, enabled.size(), Map.of()));
        when(settings.settings()).thenReturn(List.copyOf(enabled));
        when(host.classifier(id)).thenReturn(Optional.of(classifier));
    }

    private static RequestClassifier classifier(String id,
            java.util.function.Function<RequestFacts, Optional<Suggestion>> behaviour) {
        return new RequestClassifier() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String configurationSchema() {
                return "{}";
            }

            @Override
            public Optional<Suggestion> classify(RequestFacts facts, Map<String, Object> configuration) {
                return behaviour.apply(facts);
            }
        };
    }
}
