package app.lexdesk.core.fairuse;

import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Token buckets (Bucket4j) per person and per tenant for each {@link Action}, refilled steadily over
 * {@code lexdesk.rate-limits.period}: a person may do {@code per-user} of an action per period and a tenant's
 * people together {@code per-tenant}, with bursts up to those numbers. A refused call consumes nothing.
 *
 * <p>Buckets live in this node's memory: with N nodes behind a load balancer a tenant gets at most N times its
 * limit, which still bounds one tenant's share. Thread-safe.
 */
@Service
@EnableConfigurationProperties(RateLimits.Settings.class)
public class RateLimits {

    /** What is limited. */
    public enum Action {
        SUBMISSION("submissions"),
        UPLOAD("uploads"),
        NOTE("notes");

        private final String noun;

        Action(String noun) {
            this.noun = noun;
        }

        String noun() {
            return noun;
        }
    }

    /** {@code lexdesk.rate-limits.*}. */
    @ConfigurationProperties("lexdesk.rate-limits")
    public record Settings(boolean enabled, Duration period, Limit submissions, Limit uploads, Limit notes) {

        /** How many per person and per tenant in one period. */
        public record Limit(int perUser, int perTenant) {
        }

        Limit of(Action action) {
            return switch (action) {
                case SUBMISSION -> submissions;
                case UPLOAD -> uploads;
                case NOTE -> notes;
            };
        }
    }

    private record Key(UUID tenant, UUID person, Action action) {
    }

    private final Settings settings;
    private final Cache<Key, Bucket> buckets;

    RateLimits(Settings settings) {
        this.settings = settings;
        // A bucket untouched for two periods is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder().expireAfterAccess(settings.period().multipliedBy(2))
                .maximumSize(1_000_000).build();
    }

    /**
     * Takes one {@code action} for the current member, or throws without taking anything.
     *
     * @throws RateLimitedException when the member or the member's tenant has used up its allowance
     */
    public void acquire(Action action) {
        if (!settings.enabled()) {
            return;
        }
        TenantMember member = TenantContext.requireMember();
        Settings.Limit limit = settings.of(action);
        Bucket tenant = bucket(new Key(member.tenant().id(), null, action), limit.perTenant());
        Bucket person = bucket(new Key(member.tenant().id(), member.personId(), action), limit.perUser());
        ConsumptionProbe own = person.tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            throw new RateLimitedException(action, false, Duration.ofNanos(own.getNanosToWaitForRefill()));
        }
        ConsumptionProbe shared = tenant.tryConsumeAndReturnRemaining(1);
        if (!shared.isConsumed()) {
            person.addTokens(1);
            throw new RateLimitedException(action, true, Duration.ofNanos(shared.getNanosToWaitForRefill()));
        }
    }

    private Bucket bucket(Key key, int capacity) {
        return buckets.get(key, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, settings.period()).build()).build());
    }
}
