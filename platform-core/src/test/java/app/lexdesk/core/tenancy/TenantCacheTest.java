package app.lexdesk.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TenantCacheTest {

    final CurrentTenant acme = new CurrentTenant(UUID.randomUUID(), "acme");
    final CurrentTenant globex = new CurrentTenant(UUID.randomUUID(), "globex");
    final TenantCache<TenantCache.Whole, List<String>> cache = new TenantCache<>(Duration.ofMinutes(1), 100);
    final AtomicInteger loads = new AtomicInteger();

    @AfterEach
    void clearSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_tenants_value_is_loaded_once_and_never_answers_for_another_tenant() {
        assertThat(TenantContext.call(acme, () -> cache.get(k -> load("acme-boards")))).containsExactly("acme-boards");
        assertThat(TenantContext.call(acme, () -> cache.get(k -> load("reloaded")))).containsExactly("acme-boards");
        assertThat(TenantContext.call(globex, () -> cache.get(k -> load("globex-boards"))))
                .containsExactly("globex-boards");
        assertThat(loads).hasValue(2);
    }

    @Test
    void without_a_tenant_nothing_is_read_or_cached() {
        assertThatThrownBy(() -> cache.get(k -> load("anything"))).isInstanceOf(IllegalStateException.class);
        assertThat(loads).hasValue(0);
    }

    @Test
    void eviction_drops_only_the_current_tenants_values() {
        TenantContext.call(acme, () -> cache.get(k -> load("acme-old")));
        TenantContext.call(globex, () -> cache.get(k -> load("globex")));
        TenantContext.call(acme, () -> {
            cache.evict();
            return null;
        });
        assertThat(TenantContext.call(acme, () -> cache.get(k -> load("acme-new")))).containsExactly("acme-new");
        assertThat(TenantContext.call(globex, () -> cache.get(k -> load("globex-reloaded")))).containsExactly("globex");
    }

    @Test
    void a_value_read_before_the_writer_commits_is_dropped_again_after_the_commit() {
        TransactionSynchronizationManager.initSynchronization();
        TenantContext.call(acme, () -> {
            cache.evict();
            // A concurrent reader still sees the committed (old) state and caches it meanwhile.
            cache.get(k -> load("old, read before commit"));
            return null;
        });
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED);
        }
        assertThat(TenantContext.call(acme, () -> cache.get(k -> load("new")))).containsExactly("new");
    }

    @Test
    void a_value_read_inside_a_writing_transaction_is_used_but_never_shared() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        try {
            assertThat(TenantContext.call(acme, () -> cache.get(k -> load("uncommitted")))).containsExactly("uncommitted");
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }
        assertThat(TenantContext.call(acme, () -> cache.get(k -> load("committed")))).containsExactly("committed");
    }

    @Test
    void a_value_whose_tenant_was_evicted_while_it_was_read_is_not_kept() {
        TenantContext.call(acme, () -> cache.get(k -> {
            // A writer on another thread changes the boards and evicts while this read is under way.
            cache.evict();
            return load("read before the change");
        }));
        assertThat(TenantContext.call(acme, () -> cache.get(k -> load("after the change"))))
                .containsExactly("after the change");
    }

    private List<String> load(String value) {
        loads.incrementAndGet();
        return List.of(value);
    }
}
