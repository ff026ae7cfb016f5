package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.NotificationMode;
import app.lexdesk.core.notifications.NotificationRule;
import java.util.UUID;

/**
 * One recipient a rule selected for an occurrence, with what their message depends on.
 *
 * @param audience  {@code STAFF}, {@code REQUESTER} (rendered through the portal's read models) or {@code ADDRESS}
 *                  (a fixed address: staff content, no preference); a plugin channel's target is STAFF
 * @param address   the email address, or {@code channel:<id>} for a plugin channel
 * @param mode      how this recipient takes it (a mandatory rule: always {@link NotificationMode#IMMEDIATE})
 * @param skipped   why nothing will be sent, or null
 */
record Target(NotificationRule rule, String audience, UUID personId, String address, String name, String language,
        boolean optional, NotificationMode mode, String skipped) {

    boolean sends() {
        return skipped == null;
    }

    boolean requester() {
        return "REQUESTER".equals(audience);
    }
}
