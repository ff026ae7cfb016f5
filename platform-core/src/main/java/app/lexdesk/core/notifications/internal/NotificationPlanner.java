package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.NotificationMode;
import app.lexdesk.core.notifications.NotificationPreference;
import app.lexdesk.core.notifications.NotificationRule;
import app.lexdesk.core.notifications.PlannedNotification;
import app.lexdesk.core.notifications.SaveNotificationRule;
import app.lexdesk.core.notifications.Recipient;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an occurrence into deliveries: the enabled rules of its event whose filters match the record, each rule's
 * recipients (the actor excepted: nobody is told what they did themselves), one target per address and channel (the
 * first rule that selects it wins), each person's preference for optional ones; then one rendered message per target,
 * stored. "Who would be notified?" runs the same selection ({@link #targets}) without storing anything.
 *
 * <p>A requester is selected only for an event the portal shows, and only while they may still read the record
 * ({@code RequesterAccessPolicy}); their message is rendered through the portal's read models.
 */
@Component
public class NotificationPlanner {

    private static final Logger log = LoggerFactory.getLogger(NotificationPlanner.class);

    private final RuleStore rules;
    private final NotificationQueries queries;
    private final RecordDirectory records;
    private final NotificationRenderer renderer;
    private final DeliveryStore deliveries;
    private final DispatchSignal signal;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationPlanner(RuleStore rules, NotificationQueries queries, RecordDirectory records,
            NotificationRenderer renderer, DeliveryStore deliveries, DispatchSignal signal,
            TransactionTemplate transactions, Optional<Clock> clock) {
        this.rules = rules;
        this.queries = queries;
        this.records = records;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.signal = signal;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Plans and stores the deliveries of an occurrence, in its tenant, as platform work. */
    void plan(Occurrence occurrence) {
        try (TenantContext.Scope ignored = TenantContext.openPlatformWork(occurrence.tenant())) {
            UUID tenant = occurrence.tenant().id();
            Optional<RecordContext> record = transactions.execute(s -> queries.record(tenant, occurrence.recordId()));
            if (record.isEmpty()) {
                log.warn("No record {} for {}: nothing notified", occurrence.recordId(), occurrence.key());
                return;
            }
            List<Target> targets = transactions.execute(s -> targets(occurrence, record.get(),
                    rules.enabled(tenant, occurrence.event())));
            List<DeliveryStore.NewDelivery> planned = new ArrayList<>();
            for (Target target : targets) {
                if (target.sends()) {
                    planned.add(deliveries.newDelivery(occurrence, record.get(), target,
                            renderer.render(occurrence, record.get(), target), clock.instant()));
                }
            }
            if (planned.isEmpty()) {
                return;
            }
            Integer stored = transactions.execute(s -> deliveries.insert(tenant, planned));
            log.debug("{}: {} deliveries planned, {} new", occurrence.key(), planned.size(), stored);
            signal.wake(occurrence.tenant());
        }
    }

    /**
     * "Who would be notified?" for {@code event} on a record of the current tenant now, by the saved rules or with
     * {@code draft} (already checked) replacing rule {@code draftOf} (or added when {@code draftOf} is null). Nobody is
     * left out as the actor: the preview has none.
     */
    public List<PlannedNotification> preview(NotificationEvent event, String recordReference,
            SaveNotificationRule draft, UUID draftOf) {
        UUID tenant = TenantContext.require().id();
        UUID recordId = queries.recordByReference(tenant, recordReference).orElseThrow(() ->
                new NoSuchElementException("No record " + recordReference));
        RecordContext record = queries.record(tenant, recordId).orElseThrow();
        List<NotificationRule> candidates = new ArrayList<>(rules.enabled(tenant, event));
        if (draft != null) {
            NotificationRule edited = new NotificationRule(draftOf == null ? UUID.randomUUID() : draftOf,
                    NotificationEvent.fromKey(draft.event()).orElseThrow(), draft.name(), draft.recordKind(),
                    draft.target(), draft.requestType(), draft.companyId(), draft.recipients(), draft.channel(),
                    draft.mandatory(), draft.enabled(), 0);
            candidates.removeIf(r -> r.id().equals(edited.id()));
            if (edited.enabled()) {
                candidates.add(edited);
            }
        }
        Occurrence occurrence = new Occurrence(TenantContext.require(), event, "preview", recordId, null,
                clock.instant(), Map.of(), List.of());
        return targets(occurrence, record, candidates).stream().map(t -> new PlannedNotification(t.rule().id(),
                t.rule().name(), t.name(), t.address(), t.rule().channel(), t.audience(),
                t.mode() == NotificationMode.DIGEST, t.skipped())).toList();
    }

    /**
     * Who the given rules select for an occurrence on a record (in the current transaction and tenant), skipped ones
     * included with their reason.
     */
    List<Target> targets(Occurrence occurrence, RecordContext record, List<NotificationRule> candidates) {
        UUID tenant = occurrence.tenant().id();
        String tenantLanguage = queries.tenantLanguage(tenant);
        Map<String, Target> byAddress = new LinkedHashMap<>();
        for (NotificationRule rule : candidates) {
            if (rule.event() != occurrence.event() || !matches(rule, record)) {
                continue;
            }
            if (!NotificationRules.EMAIL.equals(rule.channel())) {
                byAddress.putIfAbsent(rule.channel() + "|channel:" + rule.channel(), new Target(rule, "STAFF", null,
                        "channel:" + rule.channel(), rule.channel(), tenantLanguage, !rule.mandatory(),
                        NotificationMode.IMMEDIATE, null));
                continue;
            }
            for (Recipient recipient : rule.recipients()) {
                for (Target target : resolve(occurrence, record, rule, recipient, tenantLanguage)) {
                    byAddress.putIfAbsent(rule.channel() + "|" + target.address().toLowerCase(Locale.ROOT),
                            target);
                }
            }
        }
        return List.copyOf(byAddress.values());
    }

    private static boolean matches(NotificationRule rule, RecordContext record) {
        return (rule.recordKind() == null || rule.recordKind().equals(record.kind().name()))
                && (rule.target() == null || rule.target().equals(record.target()))
                && (rule.requestType() == null || rule.requestType().equals(record.requestType()))
                && (rule.companyId() == null || rule.companyId().equals(record.companyId()));
    }

    private List<Target> resolve(Occurrence occurrence, RecordContext record, NotificationRule rule,
            Recipient recipient, String tenantLanguage) {
        UUID tenant = occurrence.tenant().id();
        List<NotificationQueries.Member> members = switch (recipient.kind()) {
            case PERSON -> parse(recipient.value()).flatMap(p -> queries.member(tenant, p)).stream()
                    .filter(NotificationQueries.Member::staff).toList();
            case ROLE -> Role.fromKey(recipient.value()).filter(Role::isStaff)
                    .map(r -> queries.withRole(tenant, r)).orElse(List.of());
            case ASSIGNEE -> Optional.ofNullable(record.assigneeId()).flatMap(p -> queries.member(tenant, p))
                    .filter(NotificationQueries.Member::staff).stream().toList();
            case REQUESTER -> List.of();
            case ADDRESS -> List.of();
        };
        List<Target> targets = new ArrayList<>();
        for (NotificationQueries.Member m : members) {
            if (!m.personId().equals(occurrence.actorId())) {
                targets.add(person(tenant, rule, "STAFF", m, tenantLanguage, null));
            }
        }
        switch (recipient.kind()) {
            case REQUESTER -> requester(occurrence, record, rule, tenantLanguage).ifPresent(targets::add);
            case ADDRESS -> targets.add(new Target(rule, "ADDRESS", null, recipient.value(), recipient.value(),
                    tenantLanguage, false, NotificationMode.IMMEDIATE, null));
            default -> {
            }
        }
        return targets;
    }

    private Optional<Target> requester(Occurrence occurrence, RecordContext record, NotificationRule rule,
            String tenantLanguage) {
        UUID tenant = occurrence.tenant().id();
        if (!occurrence.event().visibleToRequester() || record.requesterId() == null
                || record.requesterId().equals(occurrence.actorId())) {
            return Optional.empty();
        }
        Optional<NotificationQueries.Member> member = queries.member(tenant, record.requesterId());
        if (member.isEmpty() || !records.requesterAccess(record.id(), record.requesterId()).mayRead()) {
            return Optional.empty();
        }
        String fallback = queries.lastRequestLanguage(tenant, record.requesterId()).orElse(tenantLanguage);
        return Optional.of(person(tenant, rule, "REQUESTER", member.get(), fallback, null));
    }

    private Target person(UUID tenant, NotificationRule rule, String audience, NotificationQueries.Member member,
            String fallbackLanguage, String skipped) {
        NotificationPreference preference = queries.preference(tenant, member.personId())
                .orElse(NotificationPreference.DEFAULT);
        String language = preference.language() != null ? preference.language() : fallbackLanguage;
        boolean optional = !rule.mandatory();
        NotificationMode mode = optional ? preference.mode() : NotificationMode.IMMEDIATE;
        String why = skipped;
        if (why == null && (member.email() == null || member.email().isBlank())) {
            why = "no-address";
        } else if (why == null && mode == NotificationMode.OFF) {
            why = "switched-off";
        }
        return new Target(rule, audience, member.personId(), member.email(), member.name(), language, optional, mode,
                why);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
