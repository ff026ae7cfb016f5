package app.lexdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.lexdesk.core.attachments.AttachmentContent;
import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FileLinksTest {

    final AttachmentService attachments = mock(AttachmentService.class);
    final MemberCheck check = mock(MemberCheck.class);
    final VaadinResponse response = mock(VaadinResponse.class);
    final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    final FileLinks links = new FileLinks(attachments, check);

    @Test
    void a_download_names_the_file_in_one_safe_content_disposition_header_not_vaadins() throws Exception {
        AttachmentSummary file = new AttachmentSummary(UUID.randomUUID(), "a_ filename*=UTF-8''evil.txt",
                "text/plain", 5, "0".repeat(64), true, Instant.EPOCH);
        when(check.current("acme")).thenReturn(Optional.of(member()));
        when(attachments.open(file.id())).thenReturn(Optional.of(new AttachmentContent(file,
                new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)))));
        when(response.getOutputStream()).thenReturn(servletStream());

        links.send(new DownloadEvent(mock(VaadinRequest.class), response, null, null), "acme", file);

        ArgumentCaptor<String> disposition = ArgumentCaptor.forClass(String.class);
        verify(response).setHeader(org.mockito.ArgumentMatchers.eq("Content-Disposition"), disposition.capture());
        assertThat(disposition.getValue()).isEqualTo(
                "attachment; filename=\"a_ filename_=UTF-8__evil.txt\"; filename*=UTF-8''a_%20filename%2A%3DUTF-8%27%27evil.txt");
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setContentType("text/plain");
        verify(response).setContentLengthLong(5);
        assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo("hello");
    }

    @Test
    void a_file_the_member_may_no_longer_open_is_not_found_and_names_nothing() throws Exception {
        AttachmentSummary file = new AttachmentSummary(UUID.randomUUID(), "hidden.txt", "text/plain", 5,
                "0".repeat(64), false, Instant.EPOCH);
        when(check.current("acme")).thenReturn(Optional.of(member()));
        when(attachments.open(file.id())).thenReturn(Optional.empty());

        links.send(new DownloadEvent(mock(VaadinRequest.class), response, null, null), "acme", file);

        verify(response).setStatus(404);
        verify(response, never()).setHeader(org.mockito.ArgumentMatchers.eq("Content-Disposition"),
                org.mockito.ArgumentMatchers.anyString());
    }

    private static TenantMember member() {
        return new TenantMember(new CurrentTenant(UUID.randomUUID(), "acme"), "ACME Legal", UUID.randomUUID(),
                "requester@client.test", "Rachel Moreau", Set.of(Role.PORTAL_USER));
    }

    private ServletOutputStream servletStream() {
        return new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                sent.write(b);
            }
        };
    }
}
