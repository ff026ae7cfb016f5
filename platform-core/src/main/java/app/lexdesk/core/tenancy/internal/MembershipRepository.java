package app.lexdesk.core.tenancy.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<MembershipEntity, UUID> {

    Optional<MembershipEntity> findBySubject(String subject);

    Optional<MembershipEntity> findByEmailAndSubjectIsNull(String email);

    Optional<MembershipEntity> findByPersonId(UUID personId);

    Optional<MembershipEntity> findByEmail(String email);

    /** The membership of {@code personId}, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MembershipEntity m where m.personId = :personId")
    Optional<MembershipEntity> lockByPersonId(UUID personId);

    /**
     * The ids of the tenant's active memberships holding {@code role}, locked until the transaction ends, in a
     * fixed order so that two writers always take the locks the same way round.
     */
    @Query(value = """
            select id from membership where tenant_id = :tenant and active and :role = any (roles)
            order by id for update""", nativeQuery = true)
    List<UUID> lockActiveAdministrators(UUID tenant, String role);
}
