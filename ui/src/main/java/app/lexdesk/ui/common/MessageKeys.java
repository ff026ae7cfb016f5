package app.lexdesk.ui.common;

/**
 * Message keys for values that come from the core (problem codes), written out whole so the
 * translations test sees every one of them.
 */
public final class MessageKeys {

    private MessageKeys() {
    }

    public static String problem(String code) {
        return switch (code) {
            case "required" -> "request.error.required";
            case "too-long" -> "request.error.too-long";
            case "invalid-date" -> "request.error.invalid-date";
            case "invalid-number" -> "request.error.invalid-number";
            case "invalid-money" -> "request.error.invalid-money";
            case "invalid-choice" -> "request.error.invalid-choice";
            case "invalid-yes-no" -> "request.error.invalid-yes-no";
            case "unknown-field" -> "request.error.unknown-field";
            case "inactive-type" -> "request.error.inactive-type";
            case "unknown-upload" -> "request.error.unknown-upload";
            case "invalid-characters" -> "request.error.invalid-characters";
            case "invalid-code" -> "settings.error.invalid-code";
            case "unknown-target" -> "settings.error.unknown-target";
            case "unknown-type" -> "request.error.unknown-type";
            default -> "request.error.other";
        };
    }

    /** Why the core refused an upload ({@code UploadRefusedException.code()}), with the file name as {0}. */
    public static String uploadRefused(String code) {
        return switch (code) {
            case "empty-file" -> "request.error.upload-empty";
            case "too-large" -> "request.error.upload-too-large";
            case "file-type-not-allowed" -> "request.error.upload-type-not-allowed";
            case "pending-quota" -> "request.error.upload-pending-quota";
            case "storage-unavailable" -> "request.error.upload-storage-unavailable";
            default -> "request.error.upload-failed";
        };
    }
}
