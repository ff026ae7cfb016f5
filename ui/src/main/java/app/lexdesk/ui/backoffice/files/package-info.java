/**
 * The record page's Files tab: a record's folders and files as a tree, uploads streamed into the selected folder,
 * what the requester sees of each file and folder and why, versions, ZIP downloads, the sharing log and, for
 * administrators, restoring what was deleted. Everything goes through the core's {@code RecordFileService},
 * {@code AttachmentService} and {@code FileDownloads}; downloads and uploads check the login again as they run.
 */
package app.lexdesk.ui.backoffice.files;
