package app.lexdesk.core.notifications;

import app.lexdesk.core.notifications.internal.PreferenceStore;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantMember;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's own notification preference: every optional notification as it happens, a daily digest, or none —
 * mandatory ones (rules an administrator marked so) come regardless — and the language of their messages. Staff and
 * requesters alike set only their own; the unsubscribe link of an email switches optional ones off without a login.
 */
@Service
public class NotificationPreferenceService {

    private final PreferenceStore preferences;

    NotificationPreferenceService(PreferenceStore preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public NotificationPreference mine() {
        TenantMember me = TenantContext.requireMember();
        return preferences.find(me.tenant().id(), me.personId()).orElse(NotificationPreference.DEFAULT);
    }

    /** @throws InvalidNotificationRuleException when the language is neither en nor fr; nothing is saved */
    @Transactional
    public NotificationPreference setMine(NotificationPreference preference) {
        TenantMember me = TenantContext.requireMember();
        if (preference == null || preference.mode() == null) {
            throw new InvalidNotificationRuleException("mode", "required", "Choose how you take notifications.");
        }
        String language = preference.language() == null || preference.language().isBlank() ? null
                : preference.language().strip();
        if (language != null && !language.equals("en") && !language.equals("fr")) {
            throw new InvalidNotificationRuleException("language", "unknown-language", "The language is en or fr.");
        }
        NotificationPreference saved = new NotificationPreference(preference.mode(), language);
        preferences.save(me.tenant().id(), me.personId(), saved);
        return saved;
    }

    /**
     * The one-click unsubscribe of an email's {@code List-Unsubscribe} link: switches the token's person's optional
     * notifications off (their language kept).
     *
     * @return whether the token was valid
     */
    public boolean unsubscribe(String token) {
        return preferences.unsubscribe(token);
    }

    /** Whose token this is, for the page that confirms it: their tenant's slug, if the token is valid. */
    public Optional<String> tenantOf(String token) {
        return preferences.tenantOf(token);
    }
}
