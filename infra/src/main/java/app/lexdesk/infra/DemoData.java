package app.lexdesk.infra;

import java.util.List;

/**
 * The demo tenants and users. A contract: end-to-end tests and demos rely on these exact names.
 * Every demo user's password is {@value #PASSWORD}.
 */
public final class DemoData {

    public static final String PASSWORD = "demo";

    /** A demo user with one Lexdesk role in a tenant ({@code tenant-admin}, {@code legal-staff}, …). */
    public record User(String email, String firstName, String lastName, String role, String company) {
    }

    /** A demo tenant: a Keycloak organization plus its Lexdesk rows. */
    public record Tenant(String slug, String name, String emailDomain, List<User> users) {

        public List<String> companies() {
            return users.stream().map(User::company).filter(c -> c != null).distinct().toList();
        }
    }

    public static final Tenant ACME = new Tenant("acme", "ACME Legal", "acme.test", List.of(
            new User("admin@acme.test", "Alice", "Martin", "tenant-admin", null),
            new User("lawyer@acme.test", "Louis", "Durand", "legal-staff", null),
            new User("contracts@acme.test", "Camille", "Bernard", "contract-manager", null),
            new User("requester@client.test", "Rachel", "Moreau", "portal-user", "Client Co"),
            new User("colleague@client.test", "Colin", "Petit", "portal-user", "Client Co"),
            new User("other@rival.test", "Oscar", "Roux", "portal-user", "Rival Inc")));

    public static final Tenant GLOBEX = new Tenant("globex", "Globex Legal", "globex.test", List.of(
            new User("admin@globex.test", "Gloria", "Lefèvre", "tenant-admin", null),
            new User("lawyer@globex.test", "Gaston", "Mercier", "legal-staff", null),
            new User("requester@globex.test", "Rémi", "Garnier", "portal-user", "Initech")));

    public static final List<Tenant> TENANTS = List.of(ACME, GLOBEX);

    /** The platform operator, in realm {@code platform}. */
    public static final User OPERATOR = new User("operator@platform.test", "Olivia", "Operator", "operator", null);

    private DemoData() {
    }
}
