package app.lexdesk.core.matters.internal;

import app.lexdesk.core.records.persistence.RecordRepository;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

public interface MatterRepository extends RecordRepository<MatterEntity> {

    /** How many matters each board has in each status: rows of (board, status, count). */
    @Query("select m.board, m.status, count(m) from MatterEntity m group by m.board, m.status")
    List<Object[]> countByBoardAndStatus();
}
