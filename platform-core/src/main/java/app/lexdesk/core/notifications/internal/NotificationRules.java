package app.lexdesk.core.notifications.internal;

import app.lexdesk.core.contracts.ContractService;
import app.lexdesk.core.intake.RequestTypeService;
import app.lexdesk.core.matters.MatterService;
import app.lexdesk.core.notifications.InvalidNotificationRuleException;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.Recipient;
import app.lexdesk.core.notifications.RecipientKind;
import app.lexdesk.core.notifications.SaveNotificationRule;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.tenancy.Role;
import app.lexdesk.core.tenancy.TenantContext;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The checks of a rule before it is saved or previewed, each refusal naming its field: a known event; filters that
 * name what the tenant has (a record kind, a board or contract type of that kind, a request type, a company); a known
 * channel; recipients that exist — staff people and staff roles, a well-formed address — and never the requester for
 * an event the portal does not show. Returns the rule normalised (blank filters null, recipients without repeats).
 */
@Component
public class NotificationRules {

    /** The built-in channel. */
    public static final String EMAIL = "email";

    private final MatterService matters;
    private final ContractService contracts;
    private final RequestTypeService types;
    private final PeopleService people;
    private final NotificationQueries queries;
    private final ChannelDirectory channels;

    NotificationRules(MatterService matters, ContractService contracts, RequestTypeService types,
            PeopleService people, NotificationQueries queries, ChannelDirectory channels) {
        this.matters = matters;
        this.contracts = contracts;
        this.types = types;
        this.people = people;
        this.queries = queries;
        this.channels = channels;
    }

    public SaveNotificationRule check(SaveNotificationRule rule) {
        NotificationEvent event = NotificationEvent.fromKey(blankToNull(rule.event())).orElseThrow(() ->
                refused("event", "unknown-event", "Choose an event from the list."));
        String name = rule.name() == null ? "" : rule.name().strip();
        if (name.length() > 200) {
            throw refused("name", "too-long", "The name is longer than 200 characters.");
        }
        String kind = blankToNull(rule.recordKind());
        if (kind != null && !kind.equals("MATTER") && !kind.equals("CONTRACT")) {
            throw refused("recordKind", "unknown-kind", "The record kind is MATTER or CONTRACT.");
        }
        String target = blankToNull(rule.target());
        if (target != null) {
            boolean board = matters.boardCodes().contains(target);
            boolean type = contracts.typeCodes().contains(target);
            if (!board && !type || "MATTER".equals(kind) && !board || "CONTRACT".equals(kind) && !type) {
                throw refused("target", "unknown-target", "No " + ("CONTRACT".equals(kind) ? "contract type"
                        : "MATTER".equals(kind) ? "board" : "board or contract type") + " " + target + ".");
            }
        }
        String requestType = blankToNull(rule.requestType());
        if (requestType != null && types.find(requestType).isEmpty()) {
            throw refused("requestType", "unknown-request-type", "No request type " + requestType + ".");
        }
        if (rule.companyId() != null && people.findCompany(rule.companyId()).isEmpty()) {
            throw refused("companyId", "unknown-company", "No such company.");
        }
        String channel = blankToNull(rule.channel()) == null ? EMAIL : rule.channel().strip();
        if (!EMAIL.equals(channel) && !channels.available(Locale.ENGLISH).contains(channel)) {
            throw refused("channel", "unknown-channel", "The channel " + channel
                    + " is not installed or not switched on for this tenant.");
        }
        List<Recipient> recipients = recipients(event, channel, rule.recipients());
        return new SaveNotificationRule(event.key(), name, kind, target, requestType, rule.companyId(), recipients,
                channel, rule.mandatory(), rule.enabled());
    }

    private List<Recipient> recipients(NotificationEvent event, String channel, List<Recipient> given) {
        if (!EMAIL.equals(channel)) {
            if (!given.isEmpty()) {
                throw refused("recipients", "channel-has-no-recipients", "A channel plugin posts to where it is "
                        + "configured: leave the recipients empty.");
            }
            return List.of();
        }
        if (given.isEmpty()) {
            throw refused("recipients", "required", "Choose at least one recipient.");
        }
        if (given.size() > 50) {
            throw refused("recipients", "too-many", "At most 50 recipients per rule.");
        }
        Set<Recipient> checked = new LinkedHashSet<>();
        UUID tenant = TenantContext.require().id();
        for (Recipient r : given) {
            if (r == null || r.kind() == null) {
                throw refused("recipients", "invalid", "A recipient has no kind.");
            }
            switch (r.kind()) {
                case PERSON -> {
                    UUID id;
                    try {
                        id = UUID.fromString(r.value());
                    } catch (IllegalArgumentException e) {
                        throw refused("recipients", "unknown-person", "No such member of the legal team.");
                    }
                    if (queries.member(tenant, id).filter(NotificationQueries.Member::staff).isEmpty()) {
                        throw refused("recipients", "unknown-person", "No such member of the legal team.");
                    }
                    checked.add(new Recipient(RecipientKind.PERSON, id.toString()));
                }
                case ROLE -> {
                    Role role = Role.fromKey(r.value()).filter(Role::isStaff).orElseThrow(() -> refused("recipients",
                            "unknown-role", "Choose a role of the legal team (tenant-admin, legal-staff, "
                                    + "contract-manager)."));
                    checked.add(new Recipient(RecipientKind.ROLE, role.key()));
                }
                case ASSIGNEE -> checked.add(Recipient.of(RecipientKind.ASSIGNEE));
                case REQUESTER -> {
                    if (!event.visibleToRequester()) {
                        throw refused("recipients", "requester-not-allowed", "The requester cannot be told of this "
                                + "event: the portal does not show it.");
                    }
                    checked.add(Recipient.of(RecipientKind.REQUESTER));
                }
                case ADDRESS -> checked.add(new Recipient(RecipientKind.ADDRESS, address(r.value())));
            }
        }
        return new ArrayList<>(checked);
    }

    private static String address(String value) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            if (address.getPersonal() != null || !address.getAddress().contains("@")
                    || address.getAddress().length() > 320) {
                throw new AddressException();
            }
            return address.getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            throw refused("recipients", "invalid-address", "\"" + value + "\" is not an email address.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static InvalidNotificationRuleException refused(String field, String code, String message) {
        return new InvalidNotificationRuleException(field, code, message);
    }
}
