package app.lexdesk.ui.common;

import app.lexdesk.core.attachments.InvalidFileChangeException;
import app.lexdesk.core.attachments.UploadRefusedException;
import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * An upload handler that streams each file straight to the core (no temporary file, no buffer) as the login of the
 * upload request, checked as of now: upload requests run neither with the tab's UI current nor through its access
 * re-check, so the member is resolved again ({@link MemberCheck}) and the core's work runs in that member's tenant
 * context. A file the core refuses (too large, a program, too many lately, a folder gone) is answered 422 — the
 * component marks it failed — and its reason is given to the tab; an unexpected error stays a 500.
 *
 * <p>Threading: {@link Receiver#receive} runs on the upload request's thread; {@code stored} and {@code refused}
 * run in {@link UI#access}, with the tab's UI current, and reach the browser with the component's next round trip
 * (it sends one after every file).
 */
public final class CheckedUploads implements UploadHandler {

    private static final String REFUSED = CheckedUploads.class.getName() + ".refused";

    /** Takes one file's bytes in the member's tenant context; throws the core's refusals as they are. */
    @FunctionalInterface
    public interface Receiver {
        void receive(String filename, long size, InputStream content);
    }

    private final MemberCheck check;
    private final String tenant;
    private final Receiver receiver;
    private final Runnable stored;
    private final BiConsumer<String, RuntimeException> refused;

    /**
     * @param tenant  the slug of the tenant the tab works in (the upload's login must still be a member of it)
     * @param stored  after a file was taken, in the tab (refresh what shows the files)
     * @param refused with the file's name and the core's refusal, in the tab (say why)
     */
    public CheckedUploads(MemberCheck check, String tenant, Receiver receiver, Runnable stored,
            BiConsumer<String, RuntimeException> refused) {
        this.check = check;
        this.tenant = tenant;
        this.receiver = receiver;
        this.stored = stored;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Optional<TenantMember> member = check.current(tenant);
        if (member.isEmpty()) {
            refuse(event, ui, new AccessDeniedException("No access to " + tenant + " any more"));
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.open(member.get());
                InputStream content = event.getInputStream()) {
            // Size unknown: when Vaadin streams a multipart body, getFileSize() is the whole request's length, not the
            // file's. The core counts the bytes as they arrive instead.
            receiver.receive(event.getFileName(), -1, content);
        } catch (UploadRefusedException | RateLimitedException | InvalidFileChangeException | NoSuchElementException
                | AccessDeniedException e) {
            refuse(event, ui, e);
            return;
        }
        if (ui != null) {
            ui.access(stored::run);
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        VaadinRequest request = VaadinRequest.getCurrent();
        boolean wasRefused = request != null && request.getAttribute(REFUSED) != null;
        response.setStatus(!success ? 500 : wasRefused ? 422 : 200);
    }

    private void refuse(UploadEvent event, UI ui, RuntimeException reason) {
        event.getRequest().setAttribute(REFUSED, Boolean.TRUE);
        if (ui != null) {
            ui.access(() -> refused.accept(event.getFileName(), reason));
        }
    }

    /**
     * Lets the browser refuse a file larger than the tenant accepts before sending it (the core refuses it anyway);
     * no limit is set when none is known.
     */
    public static void limit(Upload upload, long maxFileSize) {
        if (maxFileSize > 0) {
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxFileSize));
        }
    }

    /** The upload component's own texts in the tab's language, the failure of a refused file included. */
    public static UploadI18N i18n(Component in) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(in.getTranslation("upload.add.one"))
                        .setMany(in.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(in.getTranslation("upload.drop.one"))
                        .setMany(in.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(in.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(in.getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(in.getTranslation("upload.error.type")))
                .setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                        .setForbidden(in.getTranslation("upload.error.refused"))
                        .setUnexpectedServerError(in.getTranslation("upload.error.failed"))
                        .setServerUnavailable(in.getTranslation("upload.error.failed"))));
    }

    /** The refusal in the tab's words. */
    public static String reason(Component in, String filename, RuntimeException refusal) {
        if (refusal instanceof RateLimitedException limited) {
            return in.getTranslation("upload.refused.rate-limited", limited.retryAfterSeconds());
        }
        if (refusal instanceof UploadRefusedException e) {
            return switch (e.code()) {
                case "empty-file" -> in.getTranslation("upload.refused.empty", filename);
                case "too-large" -> in.getTranslation("upload.refused.too-large", filename);
                case "file-type-not-allowed" -> in.getTranslation("upload.refused.type", filename);
                default -> in.getTranslation("upload.refused.failed", filename);
            };
        }
        if (refusal instanceof AccessDeniedException) {
            return in.getTranslation("upload.refused.no-access", filename);
        }
        return in.getTranslation("upload.refused.other", filename);
    }
}
