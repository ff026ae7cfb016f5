package app.lexdesk.core.attachments.internal;

import app.lexdesk.core.attachments.UploadRefusedException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes read through it and throws the refusal it was given the moment one byte more than {@code limit}
 * arrives, so an upload that is too large stops while it is received, not after it was stored. One reader at a time,
 * like any stream.
 */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<UploadRefusedException> refusal;
    private long count;

    public LimitedInputStream(InputStream in, long limit, Supplier<UploadRefusedException> refusal) {
        super(in);
        this.limit = limit;
        this.refusal = refusal;
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        // Asking for one byte more than the limit allows is how the crossing byte is seen without reading far past it.
        int ask = (int) Math.min(len, Math.max(1, limit - count + 1));
        int n = super.read(b, off, ask);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, Math.max(1, limit - count + 1)));
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // Not supported: a reset would count bytes twice.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw refusal.get();
        }
    }
}
