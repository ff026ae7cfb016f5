package app.lexdesk.core.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** A person's role in one tenant. Kept by Lexdesk per membership, not in Keycloak. */
public enum Role {
    TENANT_ADMIN("tenant-admin"),
    LEGAL_STAFF("legal-staff"),
    CONTRACT_MANAGER("contract-manager"),
    PORTAL_USER("portal-user");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The stable name stored in the database and used in configuration. */
    public String key() {
        return key;
    }

    /** Staff work in the back office; portal users only in the client portal. */
    public boolean isStaff() {
        return this != PORTAL_USER;
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
