package app.lexdesk.core.records.persistence;

import app.lexdesk.core.records.PersonName;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** What every kind's repository reads the same way; a kind's repository extends it for its entity. */
@NoRepositoryBean
public interface RecordRepository<T extends RecordEntity> extends JpaRepository<T, UUID>, JpaSpecificationExecutor<T> {

    Optional<T> findByReference(String reference);

    long countByStatus(String status);

    @Query("select distinct r.status from #{#entityName} r")
    List<String> findStatuses();

    @Query("select distinct new app.lexdesk.core.records.PersonName(r.assigneeId, r.assigneeName) "
            + "from #{#entityName} r where r.assigneeId is not null")
    List<PersonName> findAssignees();

    /** How many records are in each status: rows of (status, count), one query for the home page's counts. */
    @Query("select r.status, count(r) from #{#entityName} r group by r.status")
    List<Object[]> countByStatus();
}
