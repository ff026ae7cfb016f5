package app.lexdesk.core.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Granted access, remembered for {@code lexdesk.cache.time-to-live}: an API client calling many times with
 * one token is checked against the database once per period, not on every call. Only grants are kept; a
 * refusal is always re-checked. Any change to memberships or tenants on this node forgets everything, at
 * once and again when the change completes, and a check that was running meanwhile is not kept, so a role
 * taken away on this node is gone for the next call. Other nodes follow within the time to live, well inside
 * an access token's lifetime.
 */
@Component
class AccessCache {

    /** Who asks for which tenant: the whole identity (a changed claim is another key) and the tenant named. */
    private record Key(LoginIdentity identity, String tenant) {
    }

    private final Cache<Key, TenantMember> granted;
    private final AtomicLong changes = new AtomicLong();

    AccessCache(TenantCaches caches) {
        this.granted = Caffeine.newBuilder().expireAfterWrite(caches.timeToLive()).maximumSize(100_000).build();
    }

    Optional<TenantMember> get(LoginIdentity identity, String tenant, Supplier<Optional<TenantMember>> check) {
        Key key = new Key(identity, tenant);
        TenantMember known = granted.getIfPresent(key);
        if (known != null) {
            return Optional.of(known);
        }
        long before = changes.get();
        Optional<TenantMember> checked = check.get();
        if (checked.isPresent() && changes.get() == before) {
            granted.put(key, checked.get());
            if (changes.get() != before) {
                granted.invalidate(key);
            }
        }
        return checked;
    }

    /** Forgets every grant now and, inside a transaction, again once it completes. */
    void forgetAll() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        changes.incrementAndGet();
        granted.invalidateAll();
    }
}
