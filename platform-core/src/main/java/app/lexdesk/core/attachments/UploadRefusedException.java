package app.lexdesk.core.attachments;

/**
 * A file that was not stored, and nothing of it kept. {@code code} is stable: {@code empty-file}, {@code too-large},
 * {@code pending-quota}, {@code file-type-not-allowed}, {@code upload-failed}, {@code storage-unavailable} (try again
 * later), and for a multipart request ({@link StreamingUploads}) {@code malformed-body}, {@code unexpected-part},
 * {@code too-many-files}, {@code no-file}, {@code invalid-name}, {@code too-long}. {@code field} names the part at
 * fault when known.
 */
public class UploadRefusedException extends RuntimeException {

    private final String code;
    private final String field;

    public UploadRefusedException(String code, String message) {
        this(code, message, null);
    }

    private UploadRefusedException(String code, String message, String field) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The request part at fault ({@code file}), or null when not known. */
    public String field() {
        return field;
    }

    /** The same refusal, naming the part at fault. */
    public UploadRefusedException forField(String part) {
        UploadRefusedException named = new UploadRefusedException(code, getMessage(), part);
        named.initCause(getCause());
        return named;
    }

    /** Storage could not be reached: not the file's fault, the same upload may succeed later. */
    public boolean storageUnavailable() {
        return "storage-unavailable".equals(code);
    }
}
