package app.lexdesk.core.notifications;

import app.lexdesk.core.notifications.internal.NotificationPlanner;
import app.lexdesk.core.notifications.internal.NotificationRules;
import app.lexdesk.core.notifications.internal.RuleStore;
import app.lexdesk.core.tenancy.Administration;
import app.lexdesk.core.tenancy.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's notification rules, for its administrators: read, create, change (naming the version read),
 * delete, and "who would be notified?" for an event on a record — with the rules as saved, or with one rule as the
 * administrator is editing it, before saving. A new tenant starts with {@code DefaultRules}.
 */
@Service
public class NotificationRuleService {

    private final RuleStore rules;
    private final NotificationRules checks;
    private final NotificationPlanner planner;
    private final Clock clock;

    NotificationRuleService(RuleStore rules, NotificationRules checks, NotificationPlanner planner,
            Optional<Clock> clock) {
        this.rules = rules;
        this.checks = checks;
        this.planner = planner;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public List<NotificationRule> rules() {
        Administration.requireAdministrator();
        return rules.all(TenantContext.require().id());
    }

    @Transactional
    public Optional<NotificationRule> find(UUID id) {
        Administration.requireAdministrator();
        return rules.find(TenantContext.require().id(), id);
    }

    /** @throws InvalidNotificationRuleException naming the field at fault; nothing is saved */
    @Transactional
    public NotificationRule create(SaveNotificationRule rule) {
        Administration.requireAdministrator();
        UUID tenant = TenantContext.require().id();
        rules.all(tenant);
        UUID id = UUID.randomUUID();
        rules.insert(tenant, id, checks.check(rule), clock.instant());
        return rules.find(tenant, id).orElseThrow();
    }

    /**
     * @throws OptimisticLockingFailureException when the rule is no longer at {@code version}
     * @throws NoSuchElementException when there is no such rule
     */
    @Transactional
    public NotificationRule update(UUID id, long version, SaveNotificationRule rule) {
        Administration.requireAdministrator();
        UUID tenant = TenantContext.require().id();
        rules.find(tenant, id).orElseThrow(() -> new NoSuchElementException("No notification rule " + id));
        if (!rules.update(tenant, id, version, checks.check(rule), clock.instant())) {
            throw new OptimisticLockingFailureException("The rule was changed by someone else; reload it.");
        }
        return rules.find(tenant, id).orElseThrow();
    }

    @Transactional
    public void delete(UUID id) {
        Administration.requireAdministrator();
        if (!rules.delete(TenantContext.require().id(), id)) {
            throw new NoSuchElementException("No notification rule " + id);
        }
    }

    /**
     * Who would be told if {@code event} happened now on the record {@code recordReference}, with each recipient's
     * channel and rule; {@code draft} (optional) is a rule being edited — it replaces the saved rule {@code draftOf}
     * when given, else it is added — and is checked like a save.
     *
     * @throws NoSuchElementException when there is no such record
     */
    @Transactional
    public List<PlannedNotification> preview(String event, String recordReference, SaveNotificationRule draft,
            UUID draftOf) {
        Administration.requireAdministrator();
        NotificationEvent kind = NotificationEvent.fromKey(event).orElseThrow(() ->
                new InvalidNotificationRuleException("event", "unknown-event", "Choose an event from the list."));
        return planner.preview(kind, recordReference, draft == null ? null : checks.check(draft), draftOf);
    }
}
