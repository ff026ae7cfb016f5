package app.lexdesk.core.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.CoreIntegrationTest;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreIntegrationTest
class ObjectStorageIT {

    @Autowired ObjectStorage storage;
    @Autowired TenantDirectory directory;

    @Test
    void objects_are_stored_under_the_tenants_prefix_and_another_tenant_cannot_read_them() {
        CurrentTenant acme = tenant("acme");
        CurrentTenant globex = tenant("globex");
        byte[] letter = "Mise en demeure reçue".getBytes(StandardCharsets.UTF_8);
        TenantContext.call(acme, () -> {
            storage.put("requests/letter.txt", new ByteArrayInputStream(letter), letter.length, "text/plain");
            return null;
        });

        assertThat(TenantContext.call(acme, () -> read("requests/letter.txt"))).isEqualTo(letter);
        assertThat(TenantContext.call(globex, () -> storage.open("requests/letter.txt"))).isEmpty();
    }

    @Test
    void keys_cannot_climb_out_of_the_tenants_prefix() {
        CurrentTenant globex = tenant("globex");
        assertThatThrownBy(() -> TenantContext.call(globex, () -> storage.open("../" + tenant("acme").id() + "/x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open("requests/letter.txt")).isInstanceOf(IllegalStateException.class);
    }

    private byte[] read(String key) {
        try (InputStream in = storage.open(key).orElseThrow()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CurrentTenant tenant(String slug) {
        var t = directory.findBySlug(slug).orElseThrow();
        return new CurrentTenant(t.id(), t.slug());
    }
}
