package app.lexdesk.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 200 MB file up and down through the API of an application whose JVM has a 256 MB heap ({@code -Xmx256m}, its
 * own process on this JVM's dev services): it can only pass if neither direction holds the file.
 */
class LargeFileStreamingIT {

    static final long SIZE = 200L * 1024 * 1024;
    static ApplicationProcess app;

    @BeforeAll
    static void startSmallHeapApplication() {
        app = ApplicationProcess.start("large-file-it", List.of("-Xmx256m"), Map.of());
        // Above the file: the tenant's limit is platform data, set as an operator would.
        app.setUploadLimit("acme", 1024L * 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.setUploadLimit("acme", 104857600);
            app.close();
        }
    }

    @Test
    void a_200_mb_file_is_uploaded_and_downloaded_intact_by_an_application_with_a_256_mb_heap() {
        String token = new ApiClient(DevServices.forTests()).token("requester@client.test", "openid organization");
        LargeTransfers transfers = new LargeTransfers(app.url());

        LargeTransfers.Sent sent = transfers.upload(token, "evidence.bin", SIZE);
        assertThat(sent.bytes()).isEqualTo(SIZE);
        assertThat(sent.file().get("size").asLong()).isEqualTo(SIZE);
        assertThat(sent.file().get("sha256").asText()).isEqualTo(sent.sha256());

        String href = transfers.attachToRequest(token, sent.file().get("id").asText());
        LargeTransfers.Received received = transfers.download(token, href);
        assertThat(received.status()).isEqualTo(200);
        assertThat(received.bytes()).isEqualTo(SIZE);
        assertThat(received.sha256()).isEqualTo(sent.sha256());
        assertThat(app.alive()).as("no OutOfMemoryError ended it").isTrue();
        long[] peak = app.peakHeapMiB();
        System.out.printf("200 MB up in %.1f s, down in %.1f s; application heap peak %d MiB (live after GC at most "
                + "%d MiB) of 256%n", sent.seconds(), received.seconds(), peak[0], peak[1]);
        assertThat(peak[0]).isLessThanOrEqualTo(256);
    }
}
