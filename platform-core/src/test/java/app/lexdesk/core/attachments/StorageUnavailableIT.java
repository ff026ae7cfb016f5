package app.lexdesk.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.attachments.internal.AttachmentRepository;
import app.lexdesk.core.fairuse.RateLimits;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.infra.StandaloneS3Server;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Uploads while the S3 server is really down: a server of this test's own (the shared one stays up), stopped
 * before an upload and in the middle of one.
 */
@CoreIntegrationTest
class StorageUnavailableIT {

    static StandaloneS3Server server;
    static S3Client s3;

    @Autowired AttachmentRepository repository;
    @Autowired TenantDirectory directory;
    @Autowired app.lexdesk.core.attachments.internal.RecordFileQueries fileQueries;
    @Autowired app.lexdesk.core.records.RecordDirectory recordDirectory;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired RateLimits rateLimits;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startOwnServer() {
        server = StandaloneS3Server.start();
        Map<String, String> p = server.storageProperties();
        s3 = S3Client.builder().endpointOverride(URI.create(server.endpoint()))
                .region(Region.of(p.get("lexdesk.storage.s3.region"))).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        p.get("lexdesk.storage.s3.access-key"), p.get("lexdesk.storage.s3.secret-key"))))
                .build();
    }

    @AfterAll
    static void stopOwnServer() {
        s3.close();
        server.close();
    }

    @Test
    void with_storage_down_an_upload_is_refused_as_storage_unavailable_and_leaves_no_row() {
        server.restart();
        AttachmentService attachments = service();
        assertThat(as(() -> attachments.upload("before.txt", -1, text(100))).size())
                .as("the server works while it is up").isEqualTo(100);

        server.stop();
        assertThat(server.running()).isFalse();
        long rows = rows();
        assertThatThrownBy(() -> as(() -> attachments.upload("during.txt", -1, text(100))))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("storage-unavailable");
                    assertThat(e.getMessage()).contains("storage is unavailable").contains("Try again");
                });
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void storage_going_down_in_the_middle_of_a_multipart_upload_leaves_nothing() {
        server.restart();
        AttachmentService attachments = service();
        long rows = rows();
        // The server stops once the first 8 MB part is stored and the second is being read.
        InputStream stopsTheServer = new GeneratedText(30L * 1024 * 1024, 12L * 1024 * 1024, server::stop);
        assertThatThrownBy(() -> as(() -> attachments.upload("large.txt", -1, stopsTheServer)))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("storage-unavailable"));
        assertThat(server.running()).isFalse();
        assertThat(rows()).isEqualTo(rows);

        server.restart();
        String prefix = "tenants/" + acme().id() + "/attachments/";
        assertThat(s3.listObjectsV2(b -> b.bucket("lexdesk").prefix(prefix)).contents())
                .as("only the object stored before").hasSizeLessThanOrEqualTo(1)
                .allSatisfy(o -> assertThat(o.size()).isEqualTo(100));
    }

    private AttachmentService service() {
        StorageProperties properties = new StorageProperties(URI.create(server.endpoint()), "us-east-1", "lexdesk",
                "x", "x", true, StorageProperties.Checksums.WHEN_REQUIRED, null, null);
        return new AttachmentService(new ObjectStorage(s3, properties), repository, fileQueries,
                recordDirectory, directory, transactions, events,
                rateLimits, Optional.empty(), new PendingUploadQuota(1_000_000, DataSize.ofTerabytes(1)));
    }

    private long rows() {
        return TenantContext.call(acme(), () -> transactions.execute(s ->
                jdbc.queryForObject("select count(*) from attachment", Long.class)));
    }

    private <T> T as(Supplier<T> work) {
        UUID person = TenantContext.call(acme(), () -> transactions.execute(s -> jdbc.queryForObject(
                "select id from person where email = 'requester@client.test'", UUID.class)));
        TenantMember member = new TenantMember(acme(), "ACME Legal", person, "requester@client.test",
                "requester@client.test", Set.of(Role.PORTAL_USER));
        try (var ignored = TenantContext.open(member)) {
            return work.get();
        }
    }

    private CurrentTenant acme() {
        var t = directory.findBySlug("acme").orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private static InputStream text(int size) {
        return new ByteArrayInputStream("x".repeat(size).getBytes());
    }

    /** {@code size} bytes of text, made as they are read; runs {@code then} once {@code after} bytes were read. */
    static final class GeneratedText extends InputStream {
        private final long size;
        private final long after;
        private final Runnable then;
        private long read;
        private boolean done;

        GeneratedText(long size, long after, Runnable then) {
            this.size = size;
            this.after = after;
            this.then = then;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            if (read >= after && !done) {
                done = true;
                then.run();
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'y');
            read += n;
            return n;
        }
    }
}
