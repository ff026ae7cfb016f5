package app.lexdesk.core.tenancy;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Command: register a tenant (a law department). {@code issuer} is the token issuer its users log in with
 * and {@code organization} the Keycloak organization alias whose members may enter it.
 */
public record RegisterTenant(String slug, String name, String issuer, String organization, String defaultLocale) {

    private static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]{1,62}$");
    private static final Set<String> LOCALES = Set.of("en", "fr");

    public RegisterTenant {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be 2 to 63 lower-case letters, digits or '-', starting with a letter");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1 to 200 characters");
        }
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(organization, "organization");
        if (!LOCALES.contains(defaultLocale)) {
            throw new IllegalArgumentException("defaultLocale must be one of " + LOCALES);
        }
    }
}
