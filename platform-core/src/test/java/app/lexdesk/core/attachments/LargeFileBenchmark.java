package app.lexdesk.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Benchmark (profile {@code bench}, never part of {@code verify}): a 1 GiB file uploaded and downloaded through the
 * application's REST API — token check, multipart parsing, limits, type detection, SHA-256, multipart upload to S3,
 * then the download streamed back — against the bare AWS SDK putting and getting the same number of bytes to and from
 * the same S3Proxy, in the same run. The application runs in a JVM of its own with {@code -Xmx256m}; its GC log gives
 * the peak heap. Prints throughput for each and their ratio (goal: the application at least 0.8 of the SDK) and the
 * application's peak heap (goal: at most 256 MiB); asserts only that the bytes came back intact.
 * {@code -Dbench.bytes} (1 GiB) and {@code -Dbench.warmup-bytes} (64 MiB) scale it.
 */
class LargeFileBenchmark {

    static final long BYTES = Long.getLong("bench.bytes", 1024L * 1024 * 1024);
    static final long WARMUP = Long.getLong("bench.warmup-bytes", 64L * 1024 * 1024);
    static final double MB = 1024 * 1024;

    @Test
    void a_large_file_through_the_application_against_the_bare_sdk() {
        DevServices services = DevServices.forTests();
        try (ApplicationProcess app = ApplicationProcess.start("large-file-bench", List.of("-Xmx256m"), Map.of());
                S3Client s3 = s3(services.applicationProperties())) {
            app.setUploadLimit("acme", 2 * BYTES);
            String token = new ApiClient(services).token("requester@client.test", "openid organization");
            LargeTransfers transfers = new LargeTransfers(app.url());
            throughApplication(transfers, token, WARMUP);
            bare(s3, WARMUP);

            double[] application = throughApplication(transfers, token, BYTES);
            double[] sdk = bare(s3, BYTES);
            long[] heap = app.peakHeapMiB();
            System.out.printf("%nBENCH file: %.0f MiB, S3Proxy on loopback, application JVM -Xmx256m%n", BYTES / MB);
            System.out.printf("BENCH upload   application (REST, streamed): %8.1f MB/s   bare SDK putObject: %8.1f MB/s"
                    + "   ratio %.2f (goal >= 0.8)%n", application[0], sdk[0], application[0] / sdk[0]);
            System.out.printf("BENCH download application (REST, streamed): %8.1f MB/s   bare SDK getObject: %8.1f MB/s"
                    + "   ratio %.2f (goal >= 0.8)%n", application[1], sdk[1], application[1] / sdk[1]);
            System.out.printf("BENCH round trip application: %8.1f MB/s   bare SDK: %8.1f MB/s   ratio %.2f%n",
                    2 * BYTES / MB / (BYTES / MB / application[0] + BYTES / MB / application[1]),
                    2 * BYTES / MB / (BYTES / MB / sdk[0] + BYTES / MB / sdk[1]),
                    (BYTES / MB / sdk[0] + BYTES / MB / sdk[1]) / (BYTES / MB / application[0]
                            + BYTES / MB / application[1]));
            System.out.printf("BENCH application heap: peak in use %d MiB, peak live after GC %d MiB (goal <= 256 MiB)"
                    + "%n%n", heap[0], heap[1]);
            assertThat(app.alive()).isTrue();
            app.setUploadLimit("acme", 104857600);
        }
    }

    /** MB/s up and down through the API, checking the bytes came back as sent. */
    private static double[] throughApplication(LargeTransfers transfers, String token, long bytes) {
        LargeTransfers.Sent sent = transfers.upload(token, "bench.bin", bytes);
        String href = transfers.attachToRequest(token, sent.file().get("id").asText());
        LargeTransfers.Received received = transfers.download(token, href);
        assertThat(sent.file().get("sha256").asText()).isEqualTo(sent.sha256());
        assertThat(received.sha256()).isEqualTo(sent.sha256());
        return new double[] {bytes / MB / sent.seconds(), bytes / MB / received.seconds()};
    }

    /** MB/s up and down with the SDK alone, the same way the application is configured (checksums when required). */
    private static double[] bare(S3Client s3, long bytes) {
        String key = "bench/" + UUID.randomUUID();
        LargeTransfers.Generated content = new LargeTransfers.Generated(bytes);
        long start = System.nanoTime();
        s3.putObject(b -> b.bucket("lexdesk").key(key).contentLength(bytes).contentType("application/octet-stream"),
                RequestBody.fromInputStream(content, bytes));
        double up = bytes / MB / ((System.nanoTime() - start) / 1e9);
        MessageDigest digest = LargeTransfers.sha256Digest();
        start = System.nanoTime();
        try (InputStream in = s3.getObject(b -> b.bucket("lexdesk").key(key))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double down = bytes / MB / ((System.nanoTime() - start) / 1e9);
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(content.sha256());
        s3.deleteObject(b -> b.bucket("lexdesk").key(key));
        return new double[] {up, down};
    }

    private static S3Client s3(Map<String, String> p) {
        return S3Client.builder().endpointOverride(URI.create(p.get("lexdesk.storage.s3.endpoint")))
                .region(Region.of(p.get("lexdesk.storage.s3.region"))).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        p.get("lexdesk.storage.s3.access-key"), p.get("lexdesk.storage.s3.secret-key"))))
                .build();
    }
}
