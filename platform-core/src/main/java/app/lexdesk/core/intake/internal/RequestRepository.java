package app.lexdesk.core.intake.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestRepository extends JpaRepository<RequestEntity, UUID> {

    @EntityGraph(attributePaths = "type")
    Optional<RequestEntity> findByReference(String reference);

    @EntityGraph(attributePaths = "type")
    Optional<RequestEntity> findByRequesterIdAndIdempotencyKey(UUID requesterId, String idempotencyKey);

    @EntityGraph(attributePaths = "type")
    List<RequestEntity> findByRequesterIdOrderBySubmittedAtDesc(UUID requesterId);

    Page<RequestEntity> findByRequesterId(UUID requesterId, Pageable page);

    @EntityGraph(attributePaths = "type")
    Optional<RequestEntity> findWithTypeById(UUID id);
}
