/**
 * Attachments: files of requests and records, stored in S3 under the tenant's own key prefix and streamed
 * both ways. This first part is the storage itself ({@link app.lexdesk.core.attachments.ObjectStorage});
 * folders, visibility and metadata come with the features that attach files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package app.lexdesk.core.attachments;
