package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.contracts.ContractType;
import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.matters.Board;
import app.lexdesk.core.notifications.NotificationRule;
import app.lexdesk.core.notifications.Recipient;
import app.lexdesk.core.plugins.ChannelOption;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.StaffMember;
import app.lexdesk.core.tenancy.Role;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a notification rule can name in this tenant, read once per page: its boards, contract types, request types,
 * legal team and channels; and how a rule's filters and recipients read in a list.
 *
 * @param channels the channels a rule may use, named: the built-in email, then the channel plugins the tenant
 *                 switched on
 */
record RuleChoices(List<Board> boards, List<ContractType> contractTypes, List<RequestTypeDetails> requestTypes,
        List<StaffMember> staff, List<ChannelOption> channels) {

    RuleChoices {
        boards = List.copyOf(boards);
        contractTypes = List.copyOf(contractTypes);
        requestTypes = List.copyOf(requestTypes);
        staff = List.copyOf(staff);
        channels = List.copyOf(channels);
    }

    /** A channel's name, its id if the tenant no longer has it. */
    String channelName(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).map(ChannelOption::name).findFirst().orElse(id);
    }

    /** A board's or contract type's name in {@code locale}, its code if the tenant no longer has it. */
    String targetName(String code, Locale locale) {
        return boards.stream().filter(b -> b.code().equals(code)).map(b -> b.name(locale)).findFirst()
                .or(() -> contractTypes.stream().filter(t -> t.code().equals(code)).map(t -> t.name(locale))
                        .findFirst())
                .orElse(code);
    }

    String requestTypeName(String code, Locale locale) {
        return requestTypes.stream().filter(t -> t.code().equals(code)).map(t -> t.name(locale)).findFirst()
                .orElse(code);
    }

    /** "Matters · Litigation · Request type: Lease · Company: Client Co", or "Any record". */
    String filters(NotificationRule rule, String companyName, Component in, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (rule.recordKind() != null) {
            parts.add(in.getTranslation(RecordKind.CONTRACT.name().equals(rule.recordKind())
                    ? "notifications.rule.kind.contract" : "notifications.rule.kind.matter"));
        }
        if (rule.target() != null) {
            parts.add(targetName(rule.target(), locale));
        }
        if (rule.requestType() != null) {
            parts.add(in.getTranslation("notifications.rule.filter.request-type",
                    requestTypeName(rule.requestType(), locale)));
        }
        if (rule.companyId() != null) {
            parts.add(in.getTranslation("notifications.rule.filter.company", companyName == null
                    ? rule.companyId().toString() : companyName));
        }
        return parts.isEmpty() ? in.getTranslation("notifications.rule.filter.any") : String.join(" · ", parts);
    }

    /** "Louis Durand, Legal staff (role), Assignee, ops@acme.test". */
    String recipients(NotificationRule rule, Component in) {
        if (rule.recipients().isEmpty()) {
            return in.getTranslation("notifications.rule.recipients.channel");
        }
        return rule.recipients().stream().map(r -> recipient(r, in)).collect(Collectors.joining(", "));
    }

    private String recipient(Recipient r, Component in) {
        return switch (r.kind()) {
            case PERSON -> staff.stream().filter(s -> s.personId().toString().equals(r.value())).map(StaffMember::name)
                    .findFirst().orElse(in.getTranslation("notifications.recipient.person.gone"));
            case ROLE -> in.getTranslation("notifications.recipient.role.named", Role.fromKey(r.value())
                    .map(role -> in.getTranslation(MembershipDialog.roleKey(role))).orElse(r.value()));
            case ASSIGNEE, REQUESTER -> in.getTranslation(NotificationLabels.recipientKind(r.kind()));
            case ADDRESS -> r.value();
        };
    }
}
