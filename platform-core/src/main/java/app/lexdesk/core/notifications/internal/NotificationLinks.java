package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.records.RecordKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute links messages carry, under {@code lexdesk.public-url} (the address people reach the tenants'
 * application at): a record's page in the back office, a request's page in the portal, the preferences pages, and the
 * one-click unsubscribe address of optional notifications.
 */
@Component
class NotificationLinks {

    private final String base;

    NotificationLinks(@Value("${lexdesk.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String backOffice(String tenant, RecordKind kind, String reference) {
        return base + "/t/" + tenant + "/app/" + (kind == RecordKind.MATTER ? "matter" : "contract") + "/"
                + encode(reference);
    }

    String portal(String tenant, String requestReference) {
        return base + "/t/" + tenant + "/portal" + (requestReference == null ? "" : "/requests/"
                + encode(requestReference));
    }

    String preferences(String tenant, boolean requester) {
        return base + "/t/" + tenant + (requester ? "/portal" : "/app") + "/notifications";
    }

    String unsubscribe(String token) {
        return base + "/api/v1/notifications/unsubscribe?token=" + encode(token);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
