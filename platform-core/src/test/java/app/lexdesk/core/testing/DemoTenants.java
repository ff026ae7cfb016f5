package app.lexdesk.core.testing;

import app.lexdesk.core.provisioning.ProvisionTenant;
import app.lexdesk.core.provisioning.TenantProvisioningService;
import app.lexdesk.core.tenancy.RegisterTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.infra.DemoData;
import java.util.List;
import java.util.Set;

/** Provisions the demo tenants of {@link DemoData} (idempotent) for the dev run and the tests. */
public final class DemoTenants {

    private DemoTenants() {
    }

    public static List<TenantSummary> provision(TenantProvisioningService provisioning, String issuer) {
        return DemoData.TENANTS.stream().map(t -> provisioning.provision(command(t, issuer))).toList();
    }

    static ProvisionTenant command(DemoData.Tenant tenant, String issuer) {
        return new ProvisionTenant(new RegisterTenant(tenant.slug(), tenant.name(), issuer, tenant.slug(), "en"),
                tenant.users().stream().map(u -> new ProvisionTenant.Member(u.email(), u.firstName(), u.lastName(),
                        u.company(), Set.of(Role.fromKey(u.role()).orElseThrow()))).toList(),
                List.of("rules-classifier"));
    }
}
