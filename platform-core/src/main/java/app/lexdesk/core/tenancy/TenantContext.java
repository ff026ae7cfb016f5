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
 * <p>Three kinds of scope, so that "nobody is acting" is never mistaken for "anybody may act":
 * {@link #open(TenantMember)} for work a person started (role checks use that member's roles);
 * {@link #openPlatformWork(CurrentTenant)} for work no person started — provisioning, scheduled jobs,
 * operators' tools — which {@link Administration}'s role checks admit on purpose; and
 * {@link #open(CurrentTenant)}, a tenant with no member and no rights, for platform code that only reads
 * (resolving a login) and which every role check refuses.
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

    private record Binding(CurrentTenant tenant, TenantMember member, boolean platformWork) {
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

    /**
     * Whether the current unit of work was opened as platform work ({@link #openPlatformWork}): no person acts,
     * and role checks admit it. False for a member's work and for a tenant scope without rights.
     */
    public static boolean isPlatformWork() {
        Binding binding = CURRENT.get();
        return binding != null && binding.platformWork();
    }

    /** Opens a scope for a member; close it (try-with-resources) to restore what was there before. */
    public static Scope open(TenantMember member) {
        Objects.requireNonNull(member, "member");
        return bind(new Binding(member.tenant(), member, false));
    }

    /**
     * Opens a scope in a tenant with no member and no rights: row-level security lets it see the tenant's rows,
     * but every role check ({@link Administration}) refuses. For platform code that reads on behalf of a check
     * of its own, such as resolving a login. Work that must pass role checks says so with
     * {@link #openPlatformWork}.
     */
    public static Scope open(CurrentTenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return bind(new Binding(tenant, null, false));
    }

    /**
     * Opens a scope for platform work in a tenant: provisioning, scheduled jobs, event listeners, operators'
     * tools — work that no person started, so no member acts and role checks admit it. Never open it on
     * behalf of a request a person made; resolve their membership and use {@link #open(TenantMember)}.
     */
    public static Scope openPlatformWork(CurrentTenant tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return bind(new Binding(tenant, null, true));
    }

    /** Runs {@code work} in {@code tenant} with no member and no rights ({@link #open(CurrentTenant)}). */
    public static <T> T call(CurrentTenant tenant, Supplier<T> work) {
        try (Scope ignored = open(tenant)) {
            return work.get();
        }
    }

    /** Runs {@code work} as platform work in {@code tenant} ({@link #openPlatformWork}) and returns its result. */
    public static <T> T callAsPlatformWork(CurrentTenant tenant, Supplier<T> work) {
        try (Scope ignored = openPlatformWork(tenant)) {
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
