package app.lexdesk.core.matters.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardRepository extends JpaRepository<BoardEntity, UUID> {
}
