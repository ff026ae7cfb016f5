package app.lexdesk.core.onboarding.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignupDomainRepository extends JpaRepository<SignupDomainEntity, UUID> {

    List<SignupDomainEntity> findAllByOrderByDomainAsc();

    Optional<SignupDomainEntity> findByDomain(String domain);

    List<SignupDomainEntity> findByCompanyIdOrderByDomainAsc(UUID companyId);

    Optional<SignupDomainEntity> findByCompanyIdAndDomain(UUID companyId, String domain);
}
