package app.lexdesk.core.attachments;

import java.io.IOException;
import java.io.InputStream;

/** A file opened for download: what it is, and its bytes (the caller closes them). */
public record AttachmentContent(AttachmentSummary file, InputStream content) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
