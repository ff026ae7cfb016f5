package app.lexdesk.core.people.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<PersonEntity, UUID> {

    @EntityGraph(attributePaths = "company")
    Optional<PersonEntity> findWithCompanyById(UUID id);

    Optional<PersonEntity> findByEmail(String email);
}
