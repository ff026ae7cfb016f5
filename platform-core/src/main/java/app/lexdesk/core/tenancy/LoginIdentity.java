package app.lexdesk.core.tenancy;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an identity provider vouched for: the token's issuer and subject, the verified email and the
 * organizations (Keycloak Organization aliases) the user belongs to. Built from an ID or access token.
 */
public record LoginIdentity(String issuer, String subject, String email, boolean emailVerified,
        String displayName, Set<String> organizations) {

    public LoginIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        email = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        organizations = Set.copyOf(organizations);
    }

    /**
     * Reads Keycloak's {@code organization} claim, which is a list of aliases by default and a JSON object
     * keyed by alias when the mapper adds attributes.
     */
    public static Set<String> organizationsFrom(Object claim) {
        if (claim instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
        }
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
        }
        if (claim instanceof String single) {
            return Set.of(single);
        }
        return Set.of();
    }
}
