package app.lexdesk.core.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small read-through cache of a tenant's slowly changing data (boards, request types, plugin settings),
 * keyed by the tenant of the current unit of work, so a value of one tenant can never answer for another.
 *
 * <p>Values must be immutable. Writers call {@link #evict()} in their transaction: the tenant's entries are
 * dropped at once and again after commit, so a reader racing the writer cannot keep the old value. Other
 * application nodes see a change within the time to live.
 *
 * @param <K> what identifies a value within a tenant ({@link #get(Function)} uses {@link Whole})
 * @param <V> the cached, immutable value
 */
public final class TenantCache<K, V> {

    /** The key of a cache holding one value per tenant. */
    public enum Whole { VALUE }

    private record Key<K>(UUID tenant, K key) {
    }

    private final Cache<Key<K>, V> cache;

    public TenantCache(Duration timeToLive, long maximumSize) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize).build();
    }

    /** The current tenant's value for {@code key}, loaded (in the caller's transaction) if absent. */
    public V get(K key, Function<K, V> loader) {
        UUID tenant = TenantContext.require().id();
        return cache.get(new Key<>(tenant, key), k -> loader.apply(k.key()));
    }

    /** For caches of one value per tenant. */
    @SuppressWarnings("unchecked")
    public V get(Function<K, V> loader) {
        return get((K) Whole.VALUE, loader);
    }

    /** Drops the current tenant's entries now and, inside a transaction, again after it commits. */
    public void evict() {
        UUID tenant = TenantContext.require().id();
        evict(tenant);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    evict(tenant);
                }
            });
        }
    }

    private void evict(UUID tenant) {
        cache.asMap().keySet().removeIf(k -> k.tenant().equals(tenant));
    }
}
