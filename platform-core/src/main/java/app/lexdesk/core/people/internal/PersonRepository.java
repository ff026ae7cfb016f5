package app.lexdesk.core.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<PersonEntity, UUID> {

    @EntityGraph(attributePaths = "company")
    Optional<PersonEntity> findWithCompanyById(UUID id);

    Optional<PersonEntity> findByEmail(String email);

    /** {@code like} is a lower-case pattern escaped with {@code !}. */
    @EntityGraph(attributePaths = "company")
    @Query(value = "select p from PersonEntity p left join p.company c "
            + "where lower(concat(p.firstName, ' ', p.lastName)) like :like escape '!' "
            + "or lower(p.email) like :like escape '!' or lower(c.name) like :like escape '!'",
            countQuery = "select count(p) from PersonEntity p left join p.company c "
            + "where lower(concat(p.firstName, ' ', p.lastName)) like :like escape '!' "
            + "or lower(p.email) like :like escape '!' or lower(c.name) like :like escape '!'")
    Page<PersonEntity> search(String like, Pageable page);

    @EntityGraph(attributePaths = "company")
    @Query(value = "select p from PersonEntity p", countQuery = "select count(p) from PersonEntity p")
    Page<PersonEntity> everyone(Pageable page);

    @EntityGraph(attributePaths = "company")
    List<PersonEntity> findByCompanyIdOrderByLastNameAscFirstNameAsc(UUID companyId);
}
