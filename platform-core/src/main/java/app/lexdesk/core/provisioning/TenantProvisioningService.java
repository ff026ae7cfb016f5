package app.lexdesk.core.provisioning;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.plugins.PluginHost;
import app.lexdesk.core.plugins.PluginSettingsService;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantSummary;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.workflows.WorkflowService;
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

    private final MatterService matters;
    private final ContractService contracts;
    private final RequestTypeService requestTypes;
    private final PluginSettingsService plugins;
    private final PluginHost host;
    private final WorkflowService workflows;

    TenantProvisioningService(TenantDirectory directory, PeopleService people, MembershipService memberships,
            TransactionTemplate transactions, MatterService matters, ContractService contracts,
            RequestTypeService requestTypes, PluginSettingsService plugins, PluginHost host,
            WorkflowService workflows) {
        this.workflows = workflows;
        this.host = host;
        this.directory = directory;
        this.people = people;
        this.memberships = memberships;
        this.transactions = transactions;
        this.matters = matters;
        this.contracts = contracts;
        this.requestTypes = requestTypes;
        this.plugins = plugins;
    }

    public TenantSummary provision(ProvisionTenant command) {
        TenantSummary tenant = directory.register(command.tenant());
        CurrentTenant current = new CurrentTenant(tenant.id(), tenant.slug());
        try (TenantContext.Scope ignored = TenantContext.openPlatformWork(current)) {
            // One transaction per tenant: either all its people and memberships exist, or none.
            transactions.executeWithoutResult(s -> {
                matters.ensureBoards(TenantDefaults.BOARDS);
                contracts.ensureTypes(TenantDefaults.CONTRACT_TYPES);
                requestTypes.ensure(TenantDefaults.REQUEST_TYPES);
                workflows.ensureDefaults(RecordKind.MATTER, TenantDefaults.MATTER_STATUSES,
                        TenantDefaults.MATTER_TRANSITIONS);
                workflows.ensureDefaults(RecordKind.CONTRACT, TenantDefaults.CONTRACT_STATUSES,
                        TenantDefaults.CONTRACT_TRANSITIONS);
                command.members().forEach(this::member);
                int position = 0;
                for (String plugin : command.plugins()) {
                    if (!host.isStarted(plugin)) {
                        log.warn("Plugin {} is not installed; tenant {} starts without it", plugin, tenant.slug());
                    } else if (plugins.settings().stream().noneMatch(p -> p.pluginId().equals(plugin))) {
                        plugins.configure(plugin, true, position, java.util.Map.of());
                    }
                    position++;
                }
            });
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
