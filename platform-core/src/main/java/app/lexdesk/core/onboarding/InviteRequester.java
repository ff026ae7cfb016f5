package app.lexdesk.core.onboarding;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.shared.Texts;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Command: invite a person by email, with their name, as a portal user of a company of the tenant — an existing one
 * ({@code companyId}) or a new one ({@code companyName}, created unless the tenant has one of that name); exactly one
 * of the two.
 *
 * @throws InvalidParameterException naming the field at fault ({@code email}, {@code firstName}, {@code lastName},
 *         {@code companyId}, {@code companyName})
 */
public record InviteRequester(String email, String firstName, String lastName, UUID companyId, String companyName) {

    /** An address Keycloak accepts too: one {@code @}, a dot in the domain, no spaces. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public InviteRequester {
        email = clean(email, "email");
        firstName = clean(firstName, "firstName");
        lastName = clean(lastName, "lastName");
        companyName = clean(companyName, "companyName");
        if (email == null) {
            throw new InvalidParameterException("email", "required", "email is required.");
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidParameterException("email", "invalid-email", "email is not an email address.");
        }
        email = email.toLowerCase(Locale.ROOT);
        firstName = name(firstName, "firstName");
        lastName = name(lastName, "lastName");
        if (companyId == null && companyName == null) {
            throw new InvalidParameterException("companyId", "required",
                    "companyId (an existing company) or companyName (a new one) is required.");
        }
        if (companyId != null && companyName != null) {
            throw new InvalidParameterException("companyName", "conflicting",
                    "Give companyId or companyName, not both.");
        }
        if (companyName != null && companyName.length() > 200) {
            throw new InvalidParameterException("companyName", "too-long", "companyName is at most 200 characters.");
        }
    }

    private static String name(String value, String field) {
        if (value == null) {
            throw new InvalidParameterException(field, "required", field + " is required.");
        }
        if (value.length() > 100) {
            throw new InvalidParameterException(field, "too-long", field + " is at most 100 characters.");
        }
        return value;
    }

    private static String clean(String value, String field) {
        if (Texts.hasControlCharacters(value)) {
            throw new InvalidParameterException(field, "invalid-characters", field + " contains control characters.");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
