package app.lexdesk.core.people.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<CompanyEntity, UUID> {

    Optional<CompanyEntity> findByName(String name);

    /** {@code like} is a lower-case pattern escaped with {@code !}. */
    @Query("select c from CompanyEntity c where lower(c.name) like :like escape '!'")
    Page<CompanyEntity> search(String like, Pageable page);
}
