package app.lexdesk.plugin.api;

import java.util.Map;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: suggests where a submitted request belongs — a Matters board or a contract type.
 *
 * <p><b>Contract.</b> {@link #classify} looks only at the facts and the configuration it is given and returns
 * a suggestion, or empty when it has no opinion. It must not block on I/O: the host gives every classifier
 * a time budget (2 s) and skips it, with a warning, when it throws or runs over; the request is never lost.
 *
 * <p><b>Tenant.</b> The tenant is passed in ({@link RequestFacts#tenant()}) together with that tenant's
 * configuration of this classifier; an implementation never looks a tenant up, and never keeps state from
 * one tenant's call for another's.
 *
 * <p><b>Lifecycle and threading.</b> One instance per plugin, created when the plugin starts and shared by
 * every tenant; {@link #classify} is called concurrently from many threads, so implementations are
 * stateless or thread-safe.
 *
 * <p><b>Configuration.</b> {@link #configurationSchema()} returns a JSON Schema (draft 2020-12 subset:
 * {@code type}, {@code properties}, {@code items}, {@code required}, {@code enum}, {@code maxItems},
 * {@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum}) describing the per-tenant
 * configuration; the host validates each tenant's configuration against it before saving, and
 * {@link #validate} may add checks a schema cannot express.
 */
public interface RequestClassifier extends ExtensionPoint {

    /** Stable id, kebab-case; usually the plugin id. */
    String id();

    /** The JSON Schema of this classifier's per-tenant configuration, as JSON text. */
    String configurationSchema();

    /**
     * Further checks of a tenant's configuration (already valid against the schema).
     *
     * @return problems in words an administrator understands; empty when the configuration is usable
     */
    default java.util.List<String> validate(Map<String, Object> configuration) {
        return java.util.List.of();
    }

    /**
     * @param facts         the request, with its tenant
     * @param configuration this tenant's configuration of this classifier (parsed JSON: maps, lists, strings,
     *                      numbers, booleans); an empty map when the tenant configured nothing
     */
    Optional<Suggestion> classify(RequestFacts facts, Map<String, Object> configuration);
}
