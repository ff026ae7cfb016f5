package app.lexdesk.core.people;

import app.lexdesk.core.people.internal.CompanyEntity;
import app.lexdesk.core.people.internal.CompanyRepository;
import app.lexdesk.core.people.internal.PersonEntity;
import app.lexdesk.core.people.internal.PersonRepository;
import app.lexdesk.core.shared.Texts;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantCache;
import app.lexdesk.core.tenancy.TenantCaches;
import app.lexdesk.core.tenancy.TenantContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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

    /**
     * Places a person who belongs to no company yet in {@code companyId} (a requester invited or signing up as one of
     * its people); a person of a company stays where they are. Returns the person as they now are.
     */
    @Transactional
    public PersonDetails placeInCompany(UUID personId, UUID companyId) {
        PersonEntity person = people.findWithCompanyById(personId).orElseThrow();
        if (person.getCompany() == null) {
            person.placeIn(companies.getReferenceById(companyId));
            people.flush();
            cache.evict();
        }
        return details(person);
    }

    /**
     * Records an external contact (staff only): the person with the contact's email if there is one already,
     * otherwise a new person, in the contact's organisation (a company created if it does not exist).
     */
    @Transactional
    public PersonDetails createContact(NewContact contact) {
        Administration.requireStaff();
        if (contact.email() != null) {
            Optional<PersonEntity> known = people.findByEmail(contact.email());
            if (known.isPresent()) {
                return details(known.get());
            }
        }
        CompanyEntity company = null;
        if (contact.organisation() != null) {
            // Two contacts of one new organisation may be recorded at once: whoever inserts second finds it.
            companies.insertIfAbsent(UUID.randomUUID(), TenantContext.require().id(), contact.organisation());
            company = companies.findByName(contact.organisation()).orElseThrow();
        }
        return details(people.save(new PersonEntity(contact.email(), contact.firstName() == null ? ""
                : contact.firstName(), contact.lastName(), company, contact.phone())));
    }

    /** A company of the current tenant (staff only). */
    @Transactional(readOnly = true)
    public Optional<CompanySummary> findCompany(UUID id) {
        Administration.requireStaff();
        return companies.findById(id).map(c -> new CompanySummary(c.getId(), c.getName()));
    }

    /** People of the current tenant whose name, email or company contains {@code search} (staff only), by name. */
    @Transactional(readOnly = true)
    public Page<PersonDetails> people(String search, int page, int size) {
        Administration.requireStaff();
        Pageable pageable = PageRequest.of(page, size, Sort.by("lastName", "firstName", "id"));
        String like = like(search);
        return (like == null ? people.everyone(pageable) : people.search(like, pageable)).map(PeopleService::details);
    }

    /** Companies of the current tenant whose name contains {@code search} (staff only), by name. */
    @Transactional(readOnly = true)
    public Page<CompanySummary> companies(String search, int page, int size) {
        Administration.requireStaff();
        Pageable pageable = PageRequest.of(page, size, Sort.by("name", "id"));
        String like = like(search);
        return (like == null ? companies.findAll(pageable) : companies.search(like, pageable))
                .map(c -> new CompanySummary(c.getId(), c.getName()));
    }

    /** The people of a company (staff only), by name. */
    @Transactional(readOnly = true)
    public List<PersonDetails> peopleOf(UUID companyId) {
        Administration.requireStaff();
        return people.findByCompanyIdOrderByLastNameAscFirstNameAsc(companyId).stream().map(PeopleService::details)
                .toList();
    }

    private static String like(String search) {
        String words = Texts.hasControlCharacters(search) ? search.replaceAll("\\p{Cntrl}", "") : search;
        if (words == null || words.isBlank()) {
            return null;
        }
        return "%" + words.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
    }

    private static PersonDetails details(PersonEntity p) {
        CompanyEntity company = p.getCompany();
        return new PersonDetails(p.getId(), p.getFirstName(), p.getLastName(), p.getEmail(),
                company == null ? null : company.getId(), company == null ? null : company.getName(), p.getPhone());
    }
}
