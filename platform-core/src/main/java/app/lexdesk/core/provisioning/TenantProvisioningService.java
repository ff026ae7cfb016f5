package app.lexdesk.core.provisioning;

import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates or completes a tenant's rows; safe to run again with the same command. */
@Service
public class TenantProvisioningService {

    private static final Logger log = LoggerFactory.getLogger(TenantProvisioningService.class);

    private final TenantDirectory directory;
    private final PeopleService people;
    private final MembershipService memberships;
    private final TransactionTemplate transactions;

    TenantProvisioningService(TenantDirectory directory, PeopleService people, MembershipService memberships,
            TransactionTemplate transactions) {
        this.directory = directory;
        this.people = people;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    public TenantSummary provision(ProvisionTenant command) {
        TenantSummary tenant = directory.register(command.tenant());
        try (TenantContext.Scope ignored = TenantContext.open(new CurrentTenant(tenant.id(), tenant.slug()))) {
            // One transaction per tenant: either all its people and memberships exist, or none.
            transactions.executeWithoutResult(s -> command.members().forEach(this::member));
        }
        log.info("Provisioned tenant {} with {} members", tenant.slug(), command.members().size());
        return tenant;
    }

    private void member(ProvisionTenant.Member member) {
        CompanySummary company = member.company() == null ? null : people.ensureCompany(member.company());
        PersonDetails person = people.ensurePerson(member.email(), member.firstName(), member.lastName(),
                company == null ? null : company.id());
        memberships.grant(person.id(), member.email(), person.displayName(), member.roles());
    }
}
