package app.lexdesk.core.people;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.shared.Texts;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Command: an external contact to record (outside counsel, the other side's lawyer): a name, and optionally an
 * email, a phone number and the organisation they work for (a company of the tenant, created if new).
 *
 * @throws InvalidParameterException naming the field at fault ({@code contact.lastName}, …)
 */
public record NewContact(String firstName, String lastName, String email, String phone, String organisation) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ().\\-/]{3,40}$");

    public NewContact {
        firstName = clean(firstName, "contact.firstName");
        lastName = clean(lastName, "contact.lastName");
        email = clean(email, "contact.email");
        phone = clean(phone, "contact.phone");
        organisation = clean(organisation, "contact.organisation");
        if (lastName == null) {
            throw new InvalidParameterException("contact.lastName", "required", "contact.lastName is required.");
        }
        if (lastName.length() > 100) {
            throw new InvalidParameterException("contact.lastName", "too-long", "contact.lastName is at most 100 "
                    + "characters.");
        }
        if (firstName != null && firstName.length() > 100) {
            throw new InvalidParameterException("contact.firstName", "too-long", "contact.firstName is at most 100 "
                    + "characters.");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidParameterException("contact.email", "invalid-email", "contact.email is not an email "
                    + "address.");
        }
        email = email == null ? null : email.toLowerCase(Locale.ROOT);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidParameterException("contact.phone", "invalid-phone", "contact.phone is a telephone "
                    + "number (digits, spaces, + ( ) . - /; at most 40).");
        }
        if (organisation != null && organisation.length() > 200) {
            throw new InvalidParameterException("contact.organisation", "too-long", "contact.organisation is at most "
                    + "200 characters.");
        }
    }

    private static String clean(String value, String field) {
        if (Texts.hasControlCharacters(value)) {
            throw new InvalidParameterException(field, "invalid-characters", field + " contains control characters.");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
