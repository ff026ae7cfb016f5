package app.lexdesk.core.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.attachments.ObjectStorage;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class AbandonedUploadSweeperTest {

    final TenantDirectory tenants = mock(TenantDirectory.class);
    final AttachmentRepository attachments = mock(AttachmentRepository.class);
    final ObjectStorage storage = mock(ObjectStorage.class);
    final AbandonedUploadSweeper sweeper = new AbandonedUploadSweeper(tenants, attachments, storage,
            new TransactionTemplate(new NoTransactions()), Duration.ofDays(1), Optional.empty());

    @Test
    void one_tenants_failure_is_logged_and_the_other_tenants_are_swept() {
        TenantSummary broken = tenant("broken");
        TenantSummary fine = tenant("fine");
        when(tenants.all()).thenReturn(List.of(broken, fine));
        AttachmentEntity upload = new AttachmentEntity(UUID.randomUUID(), "attachments/x", "x.txt", "text/plain", 1,
                "0".repeat(64), UUID.randomUUID(), Instant.EPOCH);
        when(attachments.findByRecordIdIsNullAndUploadedAtBefore(any())).thenAnswer(call -> {
            if (TenantContext.require().id().equals(broken.id())) {
                throw new DataAccessResourceFailureException("tenant broken");
            }
            return List.of(upload);
        });
        when(attachments.deleteIfUnclaimed(upload.getId())).thenReturn(1);

        assertThat(sweeper.sweep()).isEqualTo(1);
        verify(storage).delete("attachments/x");
    }

    @Test
    void an_upload_claimed_meanwhile_keeps_its_object() {
        when(tenants.all()).thenReturn(List.of(tenant("acme")));
        AttachmentEntity upload = new AttachmentEntity(UUID.randomUUID(), "attachments/y", "y.txt", "text/plain", 1,
                "0".repeat(64), UUID.randomUUID(), Instant.EPOCH);
        when(attachments.findByRecordIdIsNullAndUploadedAtBefore(any())).thenReturn(List.of(upload));
        when(attachments.deleteIfUnclaimed(upload.getId())).thenReturn(0);

        assertThat(sweeper.sweep()).isZero();
        verify(storage, never()).delete(any());
    }

    private static TenantSummary tenant(String slug) {
        return new TenantSummary(UUID.randomUUID(), slug, slug, "ACTIVE", "en", Instant.EPOCH);
    }

    /** Runs callbacks as they are: the unit under test only needs them called. */
    static final class NoTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
