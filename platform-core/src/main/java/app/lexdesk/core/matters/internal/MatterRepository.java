package app.lexdesk.core.matters.internal;

import app.lexdesk.core.records.persistence.RecordRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;

public interface MatterRepository extends RecordRepository<MatterEntity> {

    /** How many matters each board has in each status: rows of (board, status, count). */
    @Query("select m.board, m.status, count(m) from MatterEntity m group by m.board, m.status")
    List<Object[]> countByBoardAndStatus();

    /** The board of each of these matters: rows of (id, board), the board null for a matter on none. */
    @Query("select m.id, m.board from MatterEntity m where m.id in :ids")
    List<Object[]> findBoards(Collection<UUID> ids);
}
