package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.notifications.DeliveryStatus;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.RecipientKind;

/**
 * Message keys for the notification words that come from the core (events, recipient kinds, delivery statuses,
 * why a recipient is skipped, the codes of a refused rule), written out whole so the translations test sees each.
 */
final class NotificationLabels {

    /** The built-in channel's id ({@code NotificationRules.EMAIL} in the core). */
    static final String EMAIL = "email";

    private NotificationLabels() {
    }

    static String event(NotificationEvent event) {
        return switch (event) {
            case REQUEST_SUBMITTED -> "notifications.event.request-submitted";
            case RECORD_OPENED -> "notifications.event.record-opened";
            case STATUS_CHANGED -> "notifications.event.status-changed";
            case ASSIGNEE_CHANGED -> "notifications.event.assignee-changed";
            case VISIBLE_DEVELOPMENT_ADDED -> "notifications.event.visible-development-added";
            case INTERNAL_DEVELOPMENT_ADDED -> "notifications.event.internal-development-added";
            case SHARED_NOTE_ADDED -> "notifications.event.shared-note-added";
            case INTERNAL_NOTE_ADDED -> "notifications.event.internal-note-added";
            case FILE_SHARED -> "notifications.event.file-shared";
            case REQUESTER_REPLIED -> "notifications.event.requester-replied";
            case REQUESTER_UPLOADED -> "notifications.event.requester-uploaded";
            case ANSWER_AT_RISK -> "notifications.event.answer-at-risk";
            case ANSWER_LATE -> "notifications.event.answer-late";
        };
    }

    static String recipientKind(RecipientKind kind) {
        return switch (kind) {
            case PERSON -> "notifications.recipient.person";
            case ROLE -> "notifications.recipient.role";
            case ASSIGNEE -> "notifications.recipient.assignee";
            case REQUESTER -> "notifications.recipient.requester";
            case ADDRESS -> "notifications.recipient.address";
        };
    }

    static String status(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "deliveries.status.pending";
            case SENDING -> "deliveries.status.sending";
            case SENT -> "deliveries.status.sent";
            case RETRYING -> "deliveries.status.retrying";
            case FAILED -> "deliveries.status.failed";
            case DIGEST -> "deliveries.status.digest";
            case DIGESTED -> "deliveries.status.digested";
        };
    }

    /** The badge theme of a status: green when sent, red when given up, plain while on its way. */
    static String badge(DeliveryStatus status) {
        return switch (status) {
            case SENT, DIGESTED -> "badge success";
            case FAILED -> "badge error";
            case RETRYING -> "badge contrast";
            default -> "badge";
        };
    }

    /** How a planned recipient would be told: now, in the digest, or not (and why). */
    static String delivery(boolean digest, String skipped) {
        if (skipped == null) {
            return digest ? "notifications.preview.digest" : "notifications.preview.immediate";
        }
        return switch (skipped) {
            case "switched-off" -> "notifications.preview.skipped.switched-off";
            case "no-address" -> "notifications.preview.skipped.no-address";
            default -> "notifications.preview.skipped.other";
        };
    }

    /** The audience a planned recipient is told as (staff, the requester, a fixed address). */
    static String audience(String audience) {
        return switch (audience == null ? "" : audience) {
            case "REQUESTER" -> "notifications.audience.requester";
            case "ADDRESS" -> "notifications.audience.address";
            case "STAFF" -> "notifications.audience.staff";
            default -> "notifications.audience.channel";
        };
    }

    /** The administrator's words for a code of {@code InvalidNotificationRuleException}; null for the core's text. */
    static String refusal(String code) {
        return switch (code == null ? "" : code) {
            case "unknown-event" -> "notifications.error.unknown-event";
            case "too-long" -> "notifications.error.too-long";
            case "unknown-kind" -> "notifications.error.unknown-kind";
            case "unknown-target" -> "notifications.error.unknown-target";
            case "unknown-request-type" -> "notifications.error.unknown-request-type";
            case "unknown-company" -> "notifications.error.unknown-company";
            case "unknown-channel" -> "notifications.error.unknown-channel";
            case "channel-has-no-recipients" -> "notifications.error.channel-has-no-recipients";
            case "required" -> "notifications.error.no-recipients";
            case "too-many" -> "notifications.error.too-many";
            case "unknown-person" -> "notifications.error.unknown-person";
            case "unknown-role" -> "notifications.error.unknown-role";
            case "requester-not-allowed" -> "notifications.error.requester-not-allowed";
            case "invalid-address" -> "notifications.error.invalid-address";
            default -> null;
        };
    }
}
