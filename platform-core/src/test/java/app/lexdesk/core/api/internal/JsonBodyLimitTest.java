package app.lexdesk.core.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class JsonBodyLimitTest {

    final JsonBodyLimit limit = new JsonBodyLimit(10);

    @Test
    void a_declared_length_over_the_limit_is_refused_before_the_body_is_read() throws Exception {
        MockHttpServletRequest request = json("{\"a\":\"0123456789\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        limit.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                passed.set(req);
            }
        });
        assertThat(passed.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("https://lexdesk.app/problems/payload-too-large");
    }

    @Test
    void a_body_without_a_declared_length_stops_being_read_at_the_limit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/requests") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked: no length declared
            }
        };
        request.setContentType("application/json");
        request.setContent("{\"a\":\"0123456789\"}".getBytes());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        limit.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                assertThatThrownBy(() -> req.getInputStream().readAllBytes()).satisfies(thrown::set);
            }
        });
        assertThat(JsonBodyLimit.exceeded(thrown.get())).isTrue();
    }

    @Test
    void a_body_within_the_limit_and_file_uploads_pass() throws Exception {
        MockHttpServletRequest small = json("{}");
        AtomicReference<byte[]> read = new AtomicReference<>();
        limit.doFilter(small, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
                    throws java.io.IOException {
                read.set(req.getInputStream().readAllBytes());
            }
        });
        assertThat(read.get()).hasSize(2);
        MockHttpServletRequest upload = json("x".repeat(100));
        upload.setContentType("multipart/form-data; boundary=b");
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(upload, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/requests");
        request.setContentType("application/json");
        request.setContent(body.getBytes());
        return request;
    }
}
