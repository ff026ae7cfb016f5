/**
 * Replies by email: a requester who answers a notification email adds a shared note, with its files, to the record
 * the email was about — as if she had replied from the portal. {@link app.lexdesk.core.mailreplies.ReplyAddresses}
 * gives the notification composer a signed reply address per recipient and record; a poller reads the replies mailbox
 * over IMAP, checks the token, the sender and that she may still act on the record, cuts the quoted history, and
 * writes the note as her; anything it cannot place is refused with an answer to the sender (in English and French),
 * while auto-replies and bounces are dropped unanswered. Each inbound message counts once, whichever pod reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Replies by email")
package app.lexdesk.core.mailreplies;
