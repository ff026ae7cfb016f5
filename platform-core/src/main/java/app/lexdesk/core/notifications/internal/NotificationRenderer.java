package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notes.NoteDetails;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.PortalNote;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkflow;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.tenancy.TenantSummary;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders one target's message: subject, plain text and HTML (Thymeleaf templates {@code notifications/templates/
 * message.*}, texts from {@code notifications/messages*.properties}) in the target's language, with the link that
 * suits them (the back office for staff, the portal for a requester).
 *
 * <p>What a requester's message says comes from what the requester may see: the record's portal name (its request's
 * reference), statuses by their portal labels, and a note's text only as the portal's read model returns it to that
 * requester ({@link NoteService#sharedWithRequester}, read as them) — never the staff's record, board, people or
 * internal notes. An event the portal does not show is never rendered for a requester at all.
 */
@Component
class NotificationRenderer {

    /** What a message says before its layout. */
    record Content(String headline, List<String> lines, List<String> items, String quote) {
    }

    /** A rendered message. */
    record Rendered(String subject, String text, String html, String link) {
    }

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final NotificationLinks links;
    private final NotificationQueries queries;
    private final TenantDirectory tenants;
    private final RecordWorkflow workflow;
    private final NoteService notes;
    private final ReplyMarkers replies;

    NotificationRenderer(NotificationLinks links, NotificationQueries queries, TenantDirectory tenants,
            RecordWorkflow workflow, NoteService notes, ReplyMarkers replies) {
        this.links = links;
        this.queries = queries;
        this.tenants = tenants;
        this.workflow = workflow;
        this.notes = notes;
        this.replies = replies;
    }

    Rendered render(Occurrence occurrence, RecordContext record, Target target) {
        Locale locale = Locale.forLanguageTag(target.language());
        ResourceBundle texts = ResourceBundle.getBundle("notifications.messages", locale);
        TenantSummary tenant = tenants.findBySlug(occurrence.tenant().slug()).orElseThrow();
        if (target.requester() && !occurrence.event().visibleToRequester()) {
            throw new IllegalStateException(occurrence.event() + " is not for requesters");
        }
        Content content = target.requester() ? requesterContent(occurrence, record, target, texts, locale)
                : staffContent(occurrence, record, texts, locale);
        String link = target.requester() ? links.portal(occurrence.tenant().slug(), record.requestReference())
                : links.backOffice(occurrence.tenant().slug(), record.kind(), record.reference());
        String linkLabel = target.requester() ? format(texts, "open.requester")
                : format(texts, "open.staff", record.reference());
        String reason = format(texts, "ADDRESS".equals(target.audience()) ? "reason.address" : "reason.rule",
                target.rule().name().isBlank() ? target.rule().event().key() : target.rule().name());
        String subject = format(texts, "subject", tenant.name(), content.headline());
        Map<String, Object> model = new HashMap<>();
        model.put("language", locale.getLanguage());
        model.put("subject", subject);
        model.put("tenantName", tenant.name());
        model.put("headline", content.headline());
        model.put("lines", content.lines());
        model.put("items", content.items());
        model.put("quote", content.quote());
        model.put("link", link);
        model.put("linkLabel", linkLabel);
        model.put("reason", reason);
        model.put("replyMarker", target.requester() ? replies.marker(locale, target.personId(), record.id()).orElse(null)
                : null);
        boolean person = target.personId() != null;
        model.put("preferencesLink", person ? links.preferences(occurrence.tenant().slug(), target.requester()) : null);
        model.put("preferencesLabel", format(texts, "preferences"));
        Context context = new Context(locale, model);
        return new Rendered(subject, text.process("message", context), html.process("message", context), link);
    }

    /** A digest of held deliveries, as one message. */
    Rendered digest(String tenantSlug, String language, List<String> subjects, String preferencesLink) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle texts = ResourceBundle.getBundle("notifications.messages", locale);
        TenantSummary tenant = tenants.findBySlug(tenantSlug).orElseThrow();
        String headline = format(texts, "digest.headline", subjects.size());
        Map<String, Object> model = new HashMap<>();
        model.put("language", locale.getLanguage());
        model.put("subject", format(texts, "subject", tenant.name(), headline));
        model.put("tenantName", tenant.name());
        model.put("headline", headline);
        model.put("lines", List.of());
        model.put("items", subjects);
        model.put("quote", null);
        model.put("link", null);
        model.put("linkLabel", "");
        model.put("reason", format(texts, "digest.reason"));
        model.put("replyMarker", null);
        model.put("preferencesLink", preferencesLink);
        model.put("preferencesLabel", format(texts, "preferences"));
        Context context = new Context(locale, model);
        return new Rendered((String) model.get("subject"), text.process("message", context),
                html.process("message", context), null);
    }

    private Content staffContent(Occurrence o, RecordContext r, ResourceBundle t, Locale locale) {
        String ref = r.reference();
        String key = "staff." + o.event().key();
        String actor = actorName(o);
        String target = r.target() == null ? format(t, "unclassified") : r.target();
        return switch (o.event()) {
            case REQUEST_SUBMITTED -> content(format(t, key, ref, r.title()),
                    List.of(format(t, key + ".line", actor, target)));
            case RECORD_OPENED -> content(format(t, key, ref, r.title(), format(t, "kind." + r.kind().name())),
                    List.of(format(t, key + ".line", target)));
            case STATUS_CHANGED -> content(format(t, key, ref, statusName(r.kind(), o.fact("before"), locale),
                    statusName(r.kind(), o.fact("after"), locale)), List.of(format(t, key + ".line", ref,
                    statusName(r.kind(), o.fact("before"), locale), statusName(r.kind(), o.fact("after"), locale)),
                    format(t, "record.line", r.title())));
            case ASSIGNEE_CHANGED -> content(o.fact("afterName") == null ? format(t, key + ".nobody", ref)
                    : format(t, key, ref, o.fact("afterName")), List.of(format(t, "record.line", r.title())));
            case VISIBLE_DEVELOPMENT_ADDED, INTERNAL_DEVELOPMENT_ADDED -> content(format(t, key, ref, o.fact("title")),
                    List.of(formatDate(o.fact("date"), locale), format(t, "record.line", r.title())));
            case SHARED_NOTE_ADDED, INTERNAL_NOTE_ADDED, REQUESTER_REPLIED -> {
                String quote = staffNote(o.recordId(), o.fact("noteId"));
                List<String> lines = new ArrayList<>();
                if (o.event() == NotificationEvent.REQUESTER_REPLIED) {
                    if (!"0".equals(o.fact("files"))) {
                        lines.add(format(t, key + ".files", o.fact("files")));
                    }
                } else {
                    lines.add(format(t, key + ".line", ref, actor));
                }
                yield new Content(format(t, key, ref, actor), lines, List.of(), quote);
            }
            case FILE_SHARED -> new Content(format(t, key, ref), List.of(format(t, "record.line", r.title())),
                    o.items(), null);
            case REQUESTER_UPLOADED -> content(format(t, key, ref, actor, o.fact("files")),
                    List.of(format(t, key + ".line")));
            case ANSWER_AT_RISK, ANSWER_LATE -> content(format(t, key, ref),
                    List.of(format(t, key + ".line", ref, formatDate(o.fact("expectedBy"), locale), r.title())));
        };
    }

    private Content requesterContent(Occurrence o, RecordContext r, Target target, ResourceBundle t, Locale locale) {
        String ref = r.requestReference() == null ? r.reference() : r.requestReference();
        String key = "requester." + o.event().key();
        return switch (o.event()) {
            case REQUEST_SUBMITTED -> content(format(t, key, ref), List.of(format(t, key + ".line", ref, r.titleForRequester())));
            case STATUS_CHANGED -> content(format(t, key, ref, portalLabel(r.kind(), o.fact("after"), locale)),
                    List.of(format(t, key + ".line", ref, portalLabel(r.kind(), o.fact("after"), locale), r.titleForRequester())));
            case ASSIGNEE_CHANGED -> content(o.fact("afterName") == null ? format(t, key + ".nobody", ref)
                    : format(t, key, ref, o.fact("afterName")), List.of(format(t, "record.line", r.titleForRequester())));
            case VISIBLE_DEVELOPMENT_ADDED -> content(format(t, key, ref, o.fact("title")),
                    List.of(formatDate(o.fact("date"), locale), format(t, "record.line", r.titleForRequester())));
            case SHARED_NOTE_ADDED -> {
                Optional<PortalNote> note = asRequester(o, target, () -> notes.sharedWithRequester(o.recordId()))
                        .stream().filter(n -> n.id().toString().equals(o.fact("noteId"))).findFirst();
                yield new Content(format(t, key, ref), List.of(format(t, key + ".line", ref,
                        note.map(PortalNote::authorName).orElse(""))), List.of(), note.map(PortalNote::text)
                        .orElse(null));
            }
            case FILE_SHARED -> new Content(format(t, key, ref), List.of(format(t, "record.line", r.titleForRequester())),
                    o.items(), null);
            default -> throw new IllegalStateException(o.event() + " is not for requesters");
        };
    }

    /** Reads as the requester would: the portal's read models decide what they see. */
    private <T> T asRequester(Occurrence o, Target target, java.util.function.Supplier<T> read) {
        String tenantName = tenants.findBySlug(o.tenant().slug()).map(TenantSummary::name).orElse("");
        TenantMember requester = new TenantMember(o.tenant(), tenantName, target.personId(), target.address(),
                target.name(), Set.of(Role.PORTAL_USER));
        try (TenantContext.Scope ignored = TenantContext.open(requester)) {
            return read.get();
        }
    }

    private String staffNote(UUID recordId, String noteId) {
        return notes.of(recordId).stream().filter(n -> n.id().toString().equals(noteId)).findFirst()
                .map(NoteDetails::text).orElse(null);
    }

    private String actorName(Occurrence o) {
        return o.actorId() == null ? "Lexdesk" : queries.member(o.tenant().id(), o.actorId())
                .map(NotificationQueries.Member::name).orElse("—");
    }

    private String statusName(RecordKind kind, String code, Locale locale) {
        return code == null ? "—" : status(kind, code).name(locale);
    }

    private String portalLabel(RecordKind kind, String code, Locale locale) {
        return code == null ? "—" : status(kind, code).portalLabel(locale);
    }

    private RecordStatus status(RecordKind kind, String code) {
        try {
            return workflow.status(kind, code);
        } catch (RuntimeException e) {
            return RecordStatus.unknown(code);
        }
    }

    private static String formatDate(String iso, Locale locale) {
        if (iso == null || iso.equals("null")) {
            return "";
        }
        return LocalDate.parse(iso).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private static Content content(String headline, List<String> lines) {
        return new Content(headline, lines.stream().filter(l -> !l.isBlank()).toList(), List.of(), null);
    }

    static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(NotificationRenderer.class
                .getClassLoader());
        resolver.setPrefix("notifications/templates/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
