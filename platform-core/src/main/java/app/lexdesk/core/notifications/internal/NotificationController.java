package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.api.ApiProblems;
import app.lexdesk.core.api.ProblemType;
import app.lexdesk.core.api.Versions;
import app.lexdesk.core.notifications.DeliveryLogService;
import app.lexdesk.core.notifications.DeliveryStatus;
import app.lexdesk.core.notifications.DeliverySummary;
import app.lexdesk.core.notifications.InvalidNotificationRuleException;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.NotificationPreference;
import app.lexdesk.core.notifications.NotificationPreferenceService;
import app.lexdesk.core.notifications.NotificationRule;
import app.lexdesk.core.notifications.NotificationRuleService;
import app.lexdesk.core.notifications.PlannedNotification;
import app.lexdesk.core.notifications.SaveNotificationRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Notifications over REST: the rules and "who would be notified?" and the delivery log for administrators, each
 * person's own preference, and the unsubscribe link of emails (no login: its signed token is the credential).
 * Another tenant's rules and deliveries are 404, like ones that do not exist.
 */
@RestController
@Tag(name = "Notifications")
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationController {

    /** An event of the catalogue, and whether a requester may be told of it. */
    record EventInfo(String key, boolean visibleToRequester) {
    }

    /** "Who would be notified?": an event, a record, and optionally a rule being edited (replacing ruleId). */
    record PreviewRequest(String event, String recordReference, SaveNotificationRule draft, UUID ruleId) {
    }

    /** A page of the delivery log. */
    record DeliveryPage(List<DeliverySummary> items, long total, int page, int size) {
    }

    private final NotificationRuleService rules;
    private final DeliveryLogService deliveries;
    private final NotificationPreferenceService preferences;

    NotificationController(NotificationRuleService rules, DeliveryLogService deliveries,
            NotificationPreferenceService preferences) {
        this.rules = rules;
        this.deliveries = deliveries;
        this.preferences = preferences;
    }

    @GetMapping("/notification-events")
    @Operation(operationId = "listNotificationEvents", summary = "The events rules can notify")
    List<EventInfo> events() {
        return Arrays.stream(NotificationEvent.values()).map(e -> new EventInfo(e.key(), e.visibleToRequester()))
                .toList();
    }

    @GetMapping("/notification-rules")
    @Operation(operationId = "listNotificationRules", summary = "The tenant's notification rules (administrators)",
            description = "A new tenant starts with defaults: submissions to administrators and legal staff; status "
                    + "changes, shared notes, visible developments and shared files to the requester; requester "
                    + "replies and uploads to the assignee.")
    List<NotificationRule> list() {
        return rules.rules();
    }

    @PostMapping(path = "/notification-rules", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "The rule, as saved")
    @Operation(operationId = "createNotificationRule", summary = "Add a notification rule (administrators)",
            description = "400 naming the field for an unknown event, filter, channel or recipient, or the "
                    + "requester as recipient of an event the portal does not show.")
    ResponseEntity<NotificationRule> create(@RequestBody SaveNotificationRule body) {
        NotificationRule saved = rules.create(body == null ? empty() : body);
        return ResponseEntity.created(URI.create("/api/v1/notification-rules/" + saved.id()))
                .eTag(Versions.etag(saved.version())).body(saved);
    }

    @GetMapping("/notification-rules/{id}")
    @Operation(operationId = "getNotificationRule", summary = "A notification rule, with its version as ETag")
    ResponseEntity<NotificationRule> get(@PathVariable UUID id) {
        NotificationRule rule = rules.find(id).orElseThrow(() -> new NoSuchElementException("No rule " + id));
        return ResponseEntity.ok().eTag(Versions.etag(rule.version())).body(rule);
    }

    @PutMapping(path = "/notification-rules/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateNotificationRule", summary = "Change a notification rule (administrators)",
            description = "Needs If-Match with the ETag read; 409 when someone changed it since.")
    ResponseEntity<NotificationRule> update(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody SaveNotificationRule body) {
        long version = Versions.required(ifMatch);
        NotificationRule saved = rules.update(id, version, body == null ? empty() : body);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    @DeleteMapping("/notification-rules/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Operation(operationId = "deleteNotificationRule", summary = "Delete a notification rule (administrators)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        rules.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/notification-rules/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "previewNotifications", summary = "Who would be notified of an event on a record "
            + "(administrators)", description = "By the saved rules, or with draft replacing rule ruleId (or added). "
            + "Each recipient with the channel, the rule that selected them, and why they would get nothing "
            + "(skipped: switched-off, no-address). Nothing is sent or saved.")
    List<PlannedNotification> preview(@RequestBody PreviewRequest body) {
        if (body == null || body.recordReference() == null || body.recordReference().isBlank()) {
            throw new InvalidNotificationRuleException("recordReference", "required",
                    "Name a record.");
        }
        return rules.preview(body.event(), body.recordReference(), body.draft(), body.ruleId());
    }

    @GetMapping("/notification-deliveries")
    @Operation(operationId = "listNotificationDeliveries", summary = "The delivery log, newest first "
            + "(administrators)", description = "Filter by status; size at most 100.")
    DeliveryPage log(@RequestParam(required = false) DeliveryStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        int p = Math.max(0, page);
        int s = Math.min(100, Math.max(1, size));
        return new DeliveryPage(deliveries.page(status, p, s), deliveries.count(status), p, s);
    }

    @PostMapping("/notification-deliveries/{id}/retry")
    @Operation(operationId = "retryNotificationDelivery", summary = "Send a failed or retrying delivery now "
            + "(administrators)", description = "409 when it is neither failed nor retrying.")
    DeliverySummary retry(@PathVariable UUID id) {
        return deliveries.retry(id);
    }

    @GetMapping("/me/notification-preferences")
    @Operation(operationId = "getMyNotificationPreferences", summary = "Your notification preference")
    NotificationPreference mine() {
        return preferences.mine();
    }

    @PutMapping(path = "/me/notification-preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "setMyNotificationPreferences", summary = "Set your notification preference",
            description = "mode IMMEDIATE, DIGEST (one message a day) or OFF, for optional notifications; "
                    + "language en, fr or null (chosen for you).")
    NotificationPreference setMine(@RequestBody NotificationPreference body) {
        return preferences.setMine(body);
    }

    @GetMapping(path = "/notifications/unsubscribe", produces = {MediaType.TEXT_HTML_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "unsubscribePage", summary = "The page of an email's unsubscribe link",
            description = "Asks for confirmation; a GET changes nothing (mail scanners follow links). An invalid "
                    + "token is a 404 problem.")
    ResponseEntity<String> unsubscribePage(@RequestParam(required = false) String token) {
        if (preferences.tenantOf(token).isEmpty()) {
            return invalidLink();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page("<form method=\"post\"><p>Stop "
                + "optional Lexdesk notifications to this address? / Ne plus recevoir les notifications facultatives "
                + "de Lexdesk ?</p><input type=\"hidden\" name=\"token\" value=\"" + HtmlUtils.htmlEscape(token)
                + "\"><button type=\"submit\">Unsubscribe / Se désabonner</button></form>"));
    }

    @PostMapping(path = "/notifications/unsubscribe", produces = {MediaType.TEXT_HTML_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "unsubscribe", summary = "One-click unsubscribe (RFC 8058)",
            description = "Switches the token's person's optional notifications off. An invalid token is a 404 "
                    + "problem.")
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token) {
        if (!preferences.unsubscribe(token)) {
            return invalidLink();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page("<p>Done: you will receive only the "
                + "notifications your legal team requires. / C’est fait : vous ne recevrez plus que les "
                + "notifications obligatoires.</p>"));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        return ApiProblems.response(ApiProblems.problem(ProblemType.CONFLICT, e.getMessage()));
    }

    /** A problem like every API error, written here because the page's own type is HTML. */
    private static ResponseEntity<String> invalidLink() {
        return ResponseEntity.status(404).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ApiProblems.json(
                ApiProblems.problem(ProblemType.NOT_FOUND, "This unsubscribe link is not valid.")));
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Lexdesk</title></head><body>" + body
                + "</body></html>";
    }

    private static SaveNotificationRule empty() {
        return new SaveNotificationRule(null, null, null, null, null, null, List.of(), null, false, true);
    }
}
