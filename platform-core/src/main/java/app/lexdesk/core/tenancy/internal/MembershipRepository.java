package app.lexdesk.core.tenancy.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<MembershipEntity, UUID> {

    Optional<MembershipEntity> findBySubject(String subject);

    Optional<MembershipEntity> findByEmailAndSubjectIsNull(String email);

    Optional<MembershipEntity> findByPersonId(UUID personId);
}
