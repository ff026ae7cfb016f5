package app.lexdesk.core.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small read-through cache of a tenant's slowly changing data (boards, request types, plugin settings),
 * keyed by the tenant of the current unit of work, so a value of one tenant can never answer for another.
 *
 * <p>Values must be immutable. Writers call {@link #evict()} in their transaction: the tenant's entries are
 * dropped at once and again when it completes. A value is kept only if it was read outside any writing
 * transaction (so nothing uncommitted is ever shared) and no eviction of its tenant happened while it was
 * being read (so a reader racing a writer cannot put the old value back). Other application nodes see a
 * change within the time to live.
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
    private final Map<UUID, AtomicLong> evictions = new ConcurrentHashMap<>();

    public TenantCache(Duration timeToLive, long maximumSize) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize).build();
    }

    /** The current tenant's value for {@code key}, loaded (in the caller's transaction) if absent. */
    public V get(K key, Function<K, V> loader) {
        UUID tenant = TenantContext.require().id();
        Key<K> cacheKey = new Key<>(tenant, key);
        V known = cache.getIfPresent(cacheKey);
        if (known != null) {
            return known;
        }
        AtomicLong generation = evictions.computeIfAbsent(tenant, t -> new AtomicLong());
        long before = generation.get();
        V loaded = loader.apply(key);
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (loaded != null && !writing && generation.get() == before) {
            cache.put(cacheKey, loaded);
            if (generation.get() != before) {
                cache.invalidate(cacheKey);
            }
        }
        return loaded;
    }

    /** For caches of one value per tenant. */
    @SuppressWarnings("unchecked")
    public V get(Function<K, V> loader) {
        return get((K) Whole.VALUE, loader);
    }

    /** Drops the current tenant's entries now and, inside a transaction, again once it completes. */
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
        evictions.computeIfAbsent(tenant, t -> new AtomicLong()).incrementAndGet();
        cache.asMap().keySet().removeIf(k -> k.tenant().equals(tenant));
    }
}
