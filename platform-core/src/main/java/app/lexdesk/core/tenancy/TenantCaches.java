package app.lexdesk.core.tenancy;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates {@link TenantCache}s with the platform's time to live ({@code lexdesk.cache.time-to-live}): how long
 * another application node may answer with a tenant's settings from before a change.
 */
@Component
public class TenantCaches {

    private final Duration timeToLive;

    public TenantCaches(@Value("${lexdesk.cache.time-to-live}") Duration timeToLive) {
        this.timeToLive = timeToLive;
    }

    public <K, V> TenantCache<K, V> create(long maximumSize) {
        return new TenantCache<>(timeToLive, maximumSize);
    }

    public Duration timeToLive() {
        return timeToLive;
    }
}
