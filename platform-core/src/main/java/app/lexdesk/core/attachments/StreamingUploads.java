package app.lexdesk.core.attachments;

import app.lexdesk.core.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Receives the files of a {@code multipart/form-data} request as they arrive: each file part is streamed straight
 * to {@link AttachmentService#upload} (declared size unknown, so the tenant's limit and the member's pending quota
 * are counted while the bytes flow), never spooled to disk or memory first. Spring's multipart resolver is off
 * ({@code spring.servlet.multipart.enabled=false}), so nothing has read the body before a controller calls this.
 *
 * <p>All or nothing: when any part is refused or fails, when the body is malformed or holds an unexpected part, or
 * when {@code then} throws, every file this request stored is removed again (those still unclaimed) and the
 * {@link UploadRefusedException} (or {@code then}'s exception) is thrown; the API answers a refusal as an RFC 9457
 * problem of type {@code upload-refused} naming the part ({@code errors[0].field}) and a stable code, and storage
 * trouble as {@code 503 service-unavailable}. Codes, beyond {@link AttachmentService#upload}'s:
 * {@code malformed-body}, {@code unexpected-part}, {@code too-many-files}, {@code no-file}.
 *
 * <p>A controller that takes files, e.g. upload into a record's folder:
 * <pre>{@code
 * @PostMapping(path = "/{reference}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
 * @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "multipart/form-data",
 *         schema = @Schema(implementation = UploadsController.FileForm.class)))   // document the parts yourself
 * ResponseEntity<List<AttachmentSummary>> upload(@PathVariable String reference, @RequestParam UUID folder,
 *         @Parameter(hidden = true) HttpServletRequest request) {
 *     List<AttachmentSummary> stored = uploads.receive(request, StreamingUploads.Parts.upTo("file", 20),
 *             received -> files.putInFolder(reference, folder, received.files()));   // one transaction
 *     return ResponseEntity.status(HttpStatus.CREATED).body(stored);
 * }
 * }</pre>
 * {@code then} runs on the request's thread after the last part was stored, with the caller's
 * {@link TenantContext} (the member the uploads belong to); it should claim the files in one transaction, so that
 * when it fails they are still unclaimed and removed. Do not read the request's parameters from the body
 * ({@code @RequestParam} of the query string is fine) or call {@code getParts()}: the body is read once, here.
 *
 * <p>Thread-safe (no state of its own); one call per request.
 */
@Component
public class StreamingUploads {

    private static final Logger log = LoggerFactory.getLogger(StreamingUploads.class);
    /** A form field's longest value, in bytes. */
    static final int MAX_FIELD_BYTES = 4096;

    private final AttachmentService attachments;

    StreamingUploads(AttachmentService attachments) {
        this.attachments = attachments;
    }

    /**
     * What a request may hold: file parts named {@code fileField} (at least one, at most {@code maxFiles}) and the
     * plain form fields named in {@code fields} (each at most once, 4 KB); any other part refuses the request.
     */
    public record Parts(String fileField, int maxFiles, Set<String> fields) {

        public Parts {
            if (fileField == null || fileField.isBlank() || maxFiles < 1) {
                throw new IllegalArgumentException("A file field and at least one file");
            }
            fields = fields == null ? Set.of() : Set.copyOf(fields);
        }

        /** Exactly one file, in the part {@code fileField}. */
        public static Parts one(String fileField) {
            return new Parts(fileField, 1, Set.of());
        }

        /** One to {@code maxFiles} files, each in a part named {@code fileField}. */
        public static Parts upTo(String fileField, int maxFiles) {
            return new Parts(fileField, maxFiles, Set.of());
        }

        /** These parts, and also the plain form fields {@code names}. */
        public Parts withFields(String... names) {
            return new Parts(fileField, maxFiles, Set.of(names));
        }
    }

    /** What a request brought: the files stored (pending, in the order sent) and the form fields' values. */
    public record Received(List<AttachmentSummary> files, Map<String, String> fields) {
    }

    /**
     * Streams every file part of {@code request} to storage as the current member's pending uploads, then hands them
     * to {@code then}; see the class comment for what is refused and what is removed again.
     *
     * @throws UploadRefusedException when the body or a file is refused; nothing of the request is kept then
     */
    public <T> T receive(HttpServletRequest request, Parts parts, Function<Received, T> then) {
        TenantContext.requireMember();
        List<AttachmentSummary> stored = new ArrayList<>();
        try {
            Map<String, String> fields = read(request, parts, stored);
            return then.apply(new Received(List.copyOf(stored), Map.copyOf(fields)));
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
    }

    private Map<String, String> read(HttpServletRequest request, Parts parts, List<AttachmentSummary> stored) {
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        // Parts are counted here; sizes by the tenant's limit while each file streams.
        upload.setFileCountMax(parts.maxFiles() + parts.fields().size());
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        String current = parts.fileField();
        try {
            FileItemInputIterator items = upload.getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                current = item.getFieldName() == null ? "body" : item.getFieldName();
                if (!item.isFormField() && parts.fileField().equals(item.getFieldName())) {
                    if (stored.size() == parts.maxFiles()) {
                        throw refused(current, "too-many-files", "At most " + parts.maxFiles() + " file"
                                + (parts.maxFiles() == 1 ? "" : "s") + " per request; nothing was kept.");
                    }
                    stored.add(attachments.upload(filename(item), declaredSize(item),
                            new KeptOpen(item.getInputStream())));
                } else if (item.isFormField() && parts.fields().contains(item.getFieldName())
                        && !fields.containsKey(item.getFieldName())) {
                    fields.put(item.getFieldName(), field(item));
                } else {
                    throw refused(current, "unexpected-part", "The part " + current + " is not one this operation "
                            + "takes (files go in parts named " + parts.fileField() + "); nothing was kept.");
                }
            }
        } catch (UploadRefusedException e) {
            throw e.field() == null ? refused(current, e.code(), e.getMessage()) : e;
        } catch (FileUploadException e) {
            throw refused("body", "malformed-body", "The multipart body cannot be read (" + e.getMessage()
                    + "); nothing was kept.");
        } catch (IOException e) {
            log.info("A multipart upload was not fully received: {}", e.toString());
            throw refused("body", "malformed-body", "The multipart body was not fully received or cannot be read; "
                    + "nothing was kept.");
        }
        if (stored.isEmpty()) {
            throw refused(parts.fileField(), "no-file", "The request holds no file in a part named "
                    + parts.fileField() + ".");
        }
        return fields;
    }

    private static String field(FileItemInput item) throws IOException {
        try (InputStream in = item.getInputStream()) {
            byte[] value = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (value.length > MAX_FIELD_BYTES) {
                throw refused(item.getFieldName(), "too-long", item.getFieldName() + " is longer than "
                        + MAX_FIELD_BYTES + " bytes.");
            }
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    /** The part's file name; the parser refuses some (a NUL in it), and so does the request then. */
    private static String filename(FileItemInput item) {
        try {
            return item.getName();
        } catch (IllegalArgumentException e) {
            throw refused(item.getFieldName(), "invalid-name", "The file name holds characters no file name may.");
        }
    }

    /** The part's own Content-Length when a client sent one; unknown otherwise (browsers send none). */
    private static long declaredSize(FileItemInput item) {
        String length = item.getHeaders() == null ? null : item.getHeaders().getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw refused(item.getFieldName(), "malformed-body", "The part's Content-Length is not a number.");
        }
    }

    private static UploadRefusedException refused(String field, String code, String message) {
        return new UploadRefusedException(code, message).forField(field);
    }

    /** Removes what a refused request stored: its uploads still unclaimed, rows first, then objects. */
    private void discard(List<AttachmentSummary> stored) {
        attachments.discardPending(stored.stream().map(AttachmentSummary::id).toList());
    }

    /**
     * A part's stream that its reader cannot close: closing a part reads the rest of it, and a refused file's rest
     * (gigabytes, perhaps) must not be read. The parser moves past a part itself when it is asked for the next one.
     */
    private static final class KeptOpen extends FilterInputStream {

        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The iterator owns the part.
        }
    }
}
