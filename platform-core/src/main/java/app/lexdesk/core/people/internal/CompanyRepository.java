package app.lexdesk.core.people.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<CompanyEntity, UUID> {

    Optional<CompanyEntity> findByName(String name);

    /** Creates the company unless the tenant has one of that name already (another writer may be creating it). */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert into company (id, tenant_id, name) values (:id, :tenant, :name) "
            + "on conflict (tenant_id, name) do nothing", nativeQuery = true)
    void insertIfAbsent(UUID id, UUID tenant, String name);

    /** {@code like} is a lower-case pattern escaped with {@code !}. */
    @Query("select c from CompanyEntity c where lower(c.name) like :like escape '!'")
    Page<CompanyEntity> search(String like, Pageable page);
}
