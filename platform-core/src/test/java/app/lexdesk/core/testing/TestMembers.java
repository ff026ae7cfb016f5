package app.lexdesk.core.testing;

import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.infra.DemoData;
import app.lexdesk.infra.DevServices;
import java.util.List;

/**
 * People of their own for tests that change or withdraw access: a Keycloak user in a demo tenant's
 * organization (password {@link DemoData#PASSWORD}) and its Lexdesk membership, so the demo users every other
 * test relies on are never touched.
 */
public final class TestMembers {

    private TestMembers() {
    }

    public static DemoData.User create(DevServices services, TenantProvisioningService provisioning, String issuer,
            DemoData.Tenant tenant, Role role) {
        String unique = Long.toString(System.nanoTime(), 36);
        DemoData.User user = new DemoData.User(role.key() + "-" + unique + "@" + tenant.emailDomain(), "Tess",
                "Tester " + unique, role.key(), role == Role.PORTAL_USER ? "Client Co" : null);
        services.addTenantUser(tenant, user);
        provisioning.provision(DemoTenants.command(new DemoData.Tenant(tenant.slug(), tenant.name(),
                tenant.emailDomain(), List.of(user)), issuer));
        return user;
    }
}
