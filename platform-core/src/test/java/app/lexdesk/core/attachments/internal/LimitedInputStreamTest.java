package app.lexdesk.core.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lexdesk.core.attachments.UploadRefusedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void a_stream_at_the_limit_is_read_whole_and_counted() throws IOException {
        LimitedInputStream in = limited(new byte[1000], 1000);
        assertThat(in.readAllBytes()).hasSize(1000);
        assertThat(in.count()).isEqualTo(1000);
    }

    @Test
    void the_byte_past_the_limit_refuses_the_stream_before_much_more_is_read() {
        CountingSource source = new CountingSource(10_000_000);
        LimitedInputStream in = new LimitedInputStream(source, 1000, () -> new UploadRefusedException("too-large", "x"));
        assertThatThrownBy(() -> in.read(new byte[64 * 1024])).isInstanceOf(UploadRefusedException.class);
        // the first read stops one byte past the limit
        assertThat(source.read).isEqualTo(1001);
        assertThat(in.count()).isEqualTo(1001);
    }

    @Test
    void single_byte_reads_and_skips_are_counted_too() throws IOException {
        LimitedInputStream in = limited(new byte[10], 5);
        assertThat(in.skip(3)).isEqualTo(3);
        in.read();
        in.read();
        assertThatThrownBy(in::read).isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).code()).isEqualTo("too-large");
    }

    @Test
    void it_cannot_be_reset_to_count_bytes_twice() {
        LimitedInputStream in = limited(new byte[10], 5);
        assertThat(in.markSupported()).isFalse();
        assertThatThrownBy(in::reset).isInstanceOf(IOException.class);
    }

    private static LimitedInputStream limited(byte[] bytes, long limit) {
        return new LimitedInputStream(new ByteArrayInputStream(bytes), limit,
                () -> new UploadRefusedException("too-large", "too large"));
    }

    /** Zeros, counting what was read from it. */
    static final class CountingSource extends InputStream {
        private final long size;
        long read;

        CountingSource(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (int) (read++ & 0) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }
}
