package app.lexdesk.core.people;

import app.lexdesk.core.people.internal.CompanyEntity;
import app.lexdesk.core.people.internal.CompanyRepository;
import app.lexdesk.core.people.internal.PersonEntity;
import app.lexdesk.core.people.internal.PersonRepository;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads and records the people and companies of the current tenant. */
@Service
public class PeopleService {

    private final PersonRepository people;
    private final CompanyRepository companies;
    private final TenantCache<UUID, PersonDetails> cache;
    private final TransactionTemplate readOnly;

    PeopleService(PersonRepository people, CompanyRepository companies, TenantCaches caches,
            PlatformTransactionManager transactions) {
        this.people = people;
        this.companies = companies;
        this.cache = caches.create(100_000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A person of the current tenant with their company (from memory when recently read). */
    public Optional<PersonDetails> findPerson(UUID id) {
        return Optional.ofNullable(cache.get(id, key -> readOnly.execute(s -> people.findWithCompanyById(key)
                .map(PeopleService::details).orElse(null))));
    }

    /** The company called {@code name} in the current tenant, created if it does not exist. */
    @Transactional
    public CompanySummary ensureCompany(String name) {
        CompanyEntity company = companies.findByName(name).orElseGet(() -> companies.save(new CompanyEntity(name)));
        return new CompanySummary(company.getId(), company.getName());
    }

    /** The person with {@code email} in the current tenant, created if it does not exist. */
    @Transactional
    public PersonDetails ensurePerson(String email, String firstName, String lastName, UUID companyId) {
        String normalized = email.toLowerCase(Locale.ROOT);
        PersonEntity person = people.findByEmail(normalized).orElseGet(() -> people.save(new PersonEntity(
                normalized, firstName, lastName, companyId == null ? null : companies.getReferenceById(companyId))));
        return details(person);
    }

    private static PersonDetails details(PersonEntity p) {
        CompanyEntity company = p.getCompany();
        return new PersonDetails(p.getId(), p.getFirstName(), p.getLastName(), p.getEmail(),
                company == null ? null : company.getId(), company == null ? null : company.getName());
    }
}
