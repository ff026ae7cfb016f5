package app.lexdesk.core.onboarding.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRepository extends JpaRepository<InvitationEntity, UUID> {

    List<InvitationEntity> findByWithdrawnAtIsNullOrderByInvitedAtDesc();

    Optional<InvitationEntity> findByIdAndWithdrawnAtIsNull(UUID id);

    Optional<InvitationEntity> findByEmailAndWithdrawnAtIsNull(String email);
}
