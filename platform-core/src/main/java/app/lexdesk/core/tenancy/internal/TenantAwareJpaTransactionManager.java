package app.lexdesk.core.tenancy.internal;

import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Copies the current tenant into the PostgreSQL setting {@code lexdesk.tenant_id} at the start of every
 * transaction, as a transaction-local value ({@code set_config(…, true)}). PostgreSQL discards it at commit
 * or rollback, so a pooled connection never carries a tenant to its next borrower, and work outside a
 * transaction sees no tenant rows at all.
 */
class TenantAwareJpaTransactionManager extends JpaTransactionManager {

    TenantAwareJpaTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager
                .getResource(obtainEntityManagerFactory());
        EntityManager entityManager = holder.getEntityManager();
        String tenant = TenantContext.current().map(CurrentTenant::id).map(Object::toString).orElse("");
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select set_config('lexdesk.tenant_id', ?, true)")) {
                statement.setString(1, tenant);
                statement.execute();
            }
        });
    }
}
