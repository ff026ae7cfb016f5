package app.lexdesk.core.plugins.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantPluginRepository extends JpaRepository<TenantPluginEntity, String> {

    List<TenantPluginEntity> findAllByOrderByPositionAscPluginIdAsc();

    Optional<TenantPluginEntity> findByPluginId(String pluginId);
}
