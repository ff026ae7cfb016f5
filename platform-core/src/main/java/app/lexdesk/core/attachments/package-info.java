/**
 * Attachments: files of requests and records, stored in S3 under the tenant's own key prefix and streamed
 * both ways at constant memory ({@link app.lexdesk.core.attachments.ObjectStorage}, multipart upload for large
 * files). {@link app.lexdesk.core.attachments.AttachmentService} stores uploads — counted against the tenant's limit
 * and the member's pending quota while they arrive, typed from their bytes by
 * {@link app.lexdesk.core.attachments.ContentTypes}, named by {@link app.lexdesk.core.attachments.FileNames} — and
 * decides who may open which file; {@link app.lexdesk.core.attachments.StreamingUploads} reads a multipart request's
 * files for any controller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package app.lexdesk.core.attachments;
