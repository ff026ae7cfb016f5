package app.lexdesk.core.tenancy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The tenant (and, for user requests, the member) of the current unit of work.
 *
 * <p>Set by exactly one entry point per kind of work — the API's tenant filter, the back office's route
 * guard, a scheduled job or event listener that carries the tenant explicitly — and always cleared in
 * {@code finally} by the {@link Scope} it opens. The log MDC carries {@code tenantId} while a scope is open.
 *
 * <p>UIs whose requests are not bound to one thread for the whole interaction (Vaadin's UIDL requests)
 * register a {@link #registerFallback fallback} that answers from their own per-UI state.
 *
 * <p>The database never trusts this class alone: each transaction copies the tenant into a PostgreSQL
 * setting that row-level security checks.
 */
public final class TenantContext {

    private static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();
    private static final List<Supplier<Optional<TenantMember>>> FALLBACKS = new CopyOnWriteArrayList<>();

    private record Binding(CurrentTenant tenant, TenantMember member) {
    }

    private TenantContext() {
    }

    /** The tenant of the current unit of work, if any. */
    public static Optional<CurrentTenant> current() {
        Binding binding = CURRENT.get();
        if (binding != null) {
            return Optional.of(binding.tenant());
        }
        return fallbackMember().map(TenantMember::tenant);
    }

    /** The member acting, for work started by a person (absent for platform jobs). */
    public static Optional<TenantMember> member() {
        Binding binding = CURRENT.get();
        if (binding != null) {
            return Optional.ofNullable(binding.member());
        }
        return fallbackMember();
    }

    public static CurrentTenant require() {
        return current().orElseThrow(() -> new IllegalStateException("No tenant in this unit of work"));
    }

    public static TenantMember requireMember() {
        return member().orElseThrow(() -> new IllegalStateException("No tenant member in this unit of work"));
    }

    /** Opens a scope for a member; close it (try-with-resources) to restore what was there before. */
    public static Scope open(TenantMember member) {
        Objects.requireNonNull(member, "member");
        return bind(new Binding(member.tenant(), member));
    }

    /** Opens a scope for platform work in a tenant (provisioning, jobs), with no member. */
    public static Scope open(CurrentTenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return bind(new Binding(tenant, null));
    }

    /** Runs {@code work} in {@code tenant} and returns its result. */
    public static <T> T call(CurrentTenant tenant, Supplier<T> work) {
        try (Scope ignored = open(tenant)) {
            return work.get();
        }
    }

    public static void registerFallback(Supplier<Optional<TenantMember>> fallback) {
        FALLBACKS.add(fallback);
    }

    public static void unregisterFallback(Supplier<Optional<TenantMember>> fallback) {
        FALLBACKS.remove(fallback);
    }

    private static Optional<TenantMember> fallbackMember() {
        for (Supplier<Optional<TenantMember>> fallback : FALLBACKS) {
            Optional<TenantMember> member = fallback.get();
            if (member.isPresent()) {
                return member;
            }
        }
        return Optional.empty();
    }

    private static Scope bind(Binding binding) {
        Binding previous = CURRENT.get();
        String previousMdc = MDC.get("tenantId");
        CURRENT.set(binding);
        MDC.put("tenantId", binding.tenant().slug());
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
            if (previousMdc == null) {
                MDC.remove("tenantId");
            } else {
                MDC.put("tenantId", previousMdc);
            }
        };
    }

    /** An open tenant scope; closing restores the previous tenant (or none) and the MDC. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
