package app.lexdesk.core.attachments;

/** A file that was not stored: {@code code} is {@code empty-file}, {@code too-large}, {@code file-type-not-allowed} or {@code upload-failed}. */
public class UploadRefusedException extends RuntimeException {

    private final String code;

    public UploadRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
