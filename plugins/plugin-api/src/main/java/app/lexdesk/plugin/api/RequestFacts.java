package app.lexdesk.plugin.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a classifier may know about a submitted request. Immutable.
 *
 * @param tenant       the tenant's slug: the request belongs to it, and so does the configuration passed
 *                     alongside; a classifier never looks the tenant up elsewhere
 * @param requestType  the request type's code (e.g. {@code litigation}, {@code other-legal-question})
 * @param kind         {@code MATTER} or {@code CONTRACT}
 * @param subject      the requester's subject line
 * @param description  the requester's description (may be empty)
 * @param fields       typed field values by field code, as text (dates ISO-8601, numbers plain, yes/no as
 *                     {@code true}/{@code false})
 * @param company      the requester's company name, or empty
 * @param language     the request's language ({@code en} or {@code fr})
 */
public record RequestFacts(String tenant, String requestType, String kind, String subject, String description,
        Map<String, String> fields, String company, String language) {

    public RequestFacts {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        description = description == null ? "" : description;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        company = company == null ? "" : company;
        language = language == null ? "en" : language;
    }
}
