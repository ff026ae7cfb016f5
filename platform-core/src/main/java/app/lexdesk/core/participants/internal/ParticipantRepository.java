package app.lexdesk.core.participants.internal;

import app.lexdesk.core.participants.ParticipantRole;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<ParticipantEntity, UUID> {

    List<ParticipantEntity> findByRecordIdOrderByAddedAt(UUID recordId);

    Optional<ParticipantEntity> findByIdAndRecordId(UUID id, UUID recordId);

    boolean existsByRecordIdAndRoleAndPersonId(UUID recordId, ParticipantRole role, UUID personId);

    boolean existsByRecordIdAndRoleAndCompanyId(UUID recordId, ParticipantRole role, UUID companyId);

    List<ParticipantEntity> findByPersonId(UUID personId);

    List<ParticipantEntity> findByCompanyId(UUID companyId);
}
