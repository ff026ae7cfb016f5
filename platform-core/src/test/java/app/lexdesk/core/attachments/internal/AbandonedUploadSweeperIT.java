package app.lexdesk.core.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.attachments.ObjectStorage;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.testing.ApiClient;
import app.lexdesk.infra.DevServices;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@CoreIntegrationTest
class AbandonedUploadSweeperIT {

    final ApiClient api = new ApiClient(DevServices.forTests());
    @Autowired AbandonedUploadSweeper sweeper;
    @Autowired ObjectStorage storage;
    @Autowired TenantDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_file_a_request_claims_between_the_sweeps_look_up_and_its_removal_keeps_its_row_and_its_object() {
        String token = api.token("requester@client.test", "openid organization");
        UUID id = upload(token, "claimed-late.txt", "Claimed just in time");
        UUID unclaimed = upload(token, "left-behind.txt", "Nobody sends this one");
        inAcme(() -> jdbc.update("update attachment set uploaded_at = now() - interval '2 days' where id in (?, ?)",
                id, unclaimed));
        CurrentTenant acme = acme();

        // The sweep's look-up sees both as abandoned ...
        List<AbandonedUploadSweeper.Abandoned> found = TenantContext.callAsPlatformWork(acme, sweeper::abandoned);
        AbandonedUploadSweeper.Abandoned late = found.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        AbandonedUploadSweeper.Abandoned left = found.stream().filter(a -> a.id().equals(unclaimed)).findFirst()
                .orElseThrow();
        // ... then a request claims one of them before the sweep removes it.
        HttpResponse<String> created = api.post("/api/v1/requests", token, ApiClient.toJson(Map.of("type",
                "other-legal-question", "subject", "Sent at the last minute", "attachments", List.of(id.toString()))), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        assertThat(TenantContext.callAsPlatformWork(acme, () -> sweeper.remove(late))).isFalse();
        assertThat(TenantContext.callAsPlatformWork(acme, () -> sweeper.remove(left))).isTrue();

        assertThat(inAcme(() -> jdbc.queryForObject("select record_id from attachment where id = ?", UUID.class, id)))
                .as("still attached to its request").isNotNull();
        assertThat(read(late.storageKey())).isEqualTo("Claimed just in time");
        assertThat(inAcme(() -> jdbc.queryForObject("select count(*) from attachment where id = ?", Long.class,
                unclaimed))).isZero();
        assertThat(TenantContext.call(acme, () -> storage.open(left.storageKey()))).isEmpty();
        assertThat(TenantContext.callAsPlatformWork(acme, () -> sweeper.remove(left))).as("gone: not twice").isFalse();
    }

    private UUID upload(String token, String name, String text) {
        HttpResponse<String> response = api.upload("/api/v1/uploads", token, name, text.getBytes());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode file = ApiClient.json(response.body());
        return UUID.fromString(file.get("id").asText());
    }

    private String read(String key) {
        return TenantContext.call(acme(), () -> {
            try (InputStream in = storage.open(key).orElseThrow()) {
                return new String(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private CurrentTenant acme() {
        var t = directory.findBySlug("acme").orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }

    private <T> T inAcme(Supplier<T> work) {
        return TenantContext.call(acme(), () -> transactions.execute(s -> work.get()));
    }
}
