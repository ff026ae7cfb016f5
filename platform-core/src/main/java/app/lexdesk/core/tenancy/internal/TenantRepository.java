package app.lexdesk.core.tenancy.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantRepository extends JpaRepository<TenantEntity, UUID> {

    Optional<TenantEntity> findBySlug(String slug);

    Optional<TenantEntity> findByIssuerAndOrganization(String issuer, String organization);

    List<TenantEntity> findByOrganizationInOrderBySlug(Collection<String> organizations);
}
