package app.lexdesk.core.notes.internal;

import app.lexdesk.core.notes.NoteVisibility;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteRepository extends JpaRepository<NoteEntity, UUID> {

    List<NoteEntity> findByRecordIdOrderByCreatedAtDesc(UUID recordId);

    List<NoteEntity> findByRecordIdAndVisibilityOrderByCreatedAtDesc(UUID recordId, NoteVisibility visibility);
}
