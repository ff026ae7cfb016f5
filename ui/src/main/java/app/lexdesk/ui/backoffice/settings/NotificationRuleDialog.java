package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.intake.RequestTypeDetails;
import app.lexdesk.core.notifications.InvalidNotificationRuleException;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.NotificationRule;
import app.lexdesk.core.notifications.NotificationRuleService;
import app.lexdesk.core.notifications.SaveNotificationRule;
import app.lexdesk.core.people.CompanySummary;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.plugins.ChannelOption;
import app.lexdesk.core.records.RecordKind;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or changes a notification rule: the event, a name, the optional filters (record kind, then a board or a
 * contract type of that kind, a request type, the requester's company), the recipients, the channel, whether it is
 * mandatory and whether it is on; and "who would be notified?" with the rule as it stands, before it is saved. The
 * requester is offered only for events the portal shows. The core checks the whole rule; a refusal lands on the
 * field it names and nothing is saved; a rule someone else changed meanwhile is not overwritten.
 */
class NotificationRuleDialog extends Dialog {

    private final NotificationRuleService rules;
    private final RuleChoices choices;
    private final NotificationRule existing;
    private final Runnable saved;
    private final Select<NotificationEvent> event = new Select<>();
    private final TextField name = new TextField();
    private final Select<RecordKind> kind = new Select<>();
    private final Select<String> target = new Select<>();
    private final Select<String> requestType = new Select<>();
    private final ComboBox<CompanySummary> company = new ComboBox<>();
    private final Select<String> channel = new Select<>();
    private final Checkbox mandatory = new Checkbox();
    private final Checkbox enabled = new Checkbox();
    private final RecipientsEditor recipients;
    private final Span problems = new Span();
    private final Paragraph channelNote = new Paragraph();

    NotificationRuleDialog(NotificationRuleService rules, PeopleService people, RuleChoices choices,
            NotificationRule existing, Runnable saved) {
        this.rules = rules;
        this.choices = choices;
        this.existing = existing;
        this.saved = saved;
        setId("rule-dialog");
        setHeaderTitle(getTranslation(existing == null ? "notifications.rule.new" : "notifications.rule.edit"));
        event.setId("rule-event");
        event.setLabel(getTranslation("notifications.rule.event"));
        event.setItems(NotificationEvent.values());
        event.setItemLabelGenerator(e -> e == null ? "" : getTranslation(NotificationLabels.event(e)));
        name.setId("rule-name");
        name.setLabel(getTranslation("notifications.rule.name"));
        name.setMaxLength(200);
        kind.setId("rule-kind");
        kind.setLabel(getTranslation("notifications.rule.kind"));
        kind.setItems(RecordKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("notifications.rule.kind.any")
                : getTranslation(k == RecordKind.MATTER ? "notifications.rule.kind.matter"
                        : "notifications.rule.kind.contract"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("notifications.rule.kind.any"));
        kind.setPlaceholder(getTranslation("notifications.rule.kind.any"));
        target.setId("rule-target");
        target.setEmptySelectionAllowed(true);
        requestType.setId("rule-request-type");
        requestType.setLabel(getTranslation("notifications.rule.request-type"));
        requestType.setEmptySelectionAllowed(true);
        requestType.setEmptySelectionCaption(getTranslation("notifications.rule.request-type.any"));
        requestType.setPlaceholder(getTranslation("notifications.rule.request-type.any"));
        company.setId("rule-company");
        company.setLabel(getTranslation("notifications.rule.company"));
        company.setPlaceholder(getTranslation("notifications.rule.company.any"));
        company.setClearButtonVisible(true);
        company.setItemLabelGenerator(CompanySummary::name);
        company.setItems(q -> people.companies(q.getFilter().orElse(""), q.getPage(), q.getPageSize()).stream());
        channel.setId("rule-channel");
        channel.setLabel(getTranslation("notifications.rule.channel"));
        channel.setItemLabelGenerator(c -> c == null ? "" : choices.channelName(c));
        mandatory.setId("rule-mandatory");
        mandatory.setLabel(getTranslation("notifications.rule.mandatory"));
        mandatory.setHelperText(getTranslation("notifications.rule.mandatory.help"));
        enabled.setId("rule-enabled");
        enabled.setLabel(getTranslation("notifications.rule.enabled"));
        recipients = new RecipientsEditor(choices.staff(), existing == null ? List.of() : existing.recipients());
        recipients.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        channelNote.setId("rule-channel-recipients");
        channelNote.setText(getTranslation("notifications.rule.recipients.plugin"));
        channelNote.addClassNames(LumoUtility.TextColor.SECONDARY);
        fill(people);
        event.addValueChangeListener(e -> recipients.offerRequester(e.getValue() == null
                || e.getValue().visibleToRequester()));
        kind.addValueChangeListener(e -> offerFilters(e.getValue(), null, null));
        channel.addValueChangeListener(e -> showRecipients());
        showRecipients();
        recipients.offerRequester(event.getValue() == null || event.getValue().visibleToRequester());
        problems.setId("rule-problems");
        problems.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);
        FormLayout form = new FormLayout(event, name, kind, target, requestType, company, channel, mandatory, enabled);
        NotificationPreview preview = new NotificationPreview(rules, "rule-preview", () -> new NotificationPreview.Draft(command(),
                existing == null ? null : existing.id()), this::show, choices::channelName);
        H3 previewTitle = new H3(getTranslation("notifications.preview.title"));
        previewTitle.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.LARGE);
        add(problems, form, recipients, channelNote, previewTitle, preview);
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("settings.cancel"), e -> close());
        cancel.setId("rule-cancel");
        getFooter().add(cancel, save);
        setWidth("min(64em, 95vw)");
    }

    private void fill(PeopleService people) {
        List<String> channels = new ArrayList<>(choices.channels().stream().map(ChannelOption::id).toList());
        if (existing == null) {
            event.setValue(NotificationEvent.REQUEST_SUBMITTED);
            channel.setItems(channels);
            channel.setValue(channels.isEmpty() ? null : channels.get(0));
            enabled.setValue(true);
            offerFilters(null, null, null);
            return;
        }
        event.setValue(existing.event());
        name.setValue(existing.name() == null ? "" : existing.name());
        RecordKind k = existing.recordKind() == null ? null : RecordKind.valueOf(existing.recordKind());
        kind.setValue(k);
        offerFilters(k, existing.target(), existing.requestType());
        if (existing.companyId() != null) {
            company.setValue(people.findCompany(existing.companyId())
                    .orElse(new CompanySummary(existing.companyId(), existing.companyId().toString())));
        }
        if (!channels.contains(existing.channel())) {
            channels.add(existing.channel());
        }
        channel.setItems(channels);
        channel.setValue(existing.channel());
        mandatory.setValue(existing.mandatory());
        enabled.setValue(existing.enabled());
    }

    /**
     * Offers the boards or contract types of {@code chosen} (none without a kind) and its request types, selecting
     * {@code currentTarget} and {@code currentType}; a stored code the tenant no longer has stays listed under its
     * code, so the core can say what is wrong with it.
     */
    private void offerFilters(RecordKind chosen, String currentTarget, String currentType) {
        Map<String, String> targets = new LinkedHashMap<>();
        if (chosen == RecordKind.MATTER) {
            choices.boards().forEach(b -> targets.put(b.code(), b.name(getLocale())));
        } else if (chosen == RecordKind.CONTRACT) {
            choices.contractTypes().forEach(t -> targets.put(t.code(), t.name(getLocale())));
        }
        if (currentTarget != null) {
            targets.putIfAbsent(currentTarget, choices.targetName(currentTarget, getLocale()));
        }
        String any = getTranslation(chosen == RecordKind.CONTRACT ? "notifications.rule.target.any-type"
                : "notifications.rule.target.any-board");
        target.setLabel(getTranslation(chosen == RecordKind.CONTRACT ? "notifications.rule.target.type"
                : "notifications.rule.target.board"));
        target.setEmptySelectionCaption(any);
        target.setPlaceholder(any);
        target.setItems(new ArrayList<>(targets.keySet()));
        target.setItemLabelGenerator(c -> c == null ? "" : targets.getOrDefault(c, c));
        target.setValue(currentTarget);
        target.setEnabled(chosen != null || currentTarget != null);
        Map<String, String> types = new LinkedHashMap<>();
        for (RequestTypeDetails t : choices.requestTypes()) {
            if (chosen == null || t.kind().name().equals(chosen.name())) {
                types.put(t.code(), t.name(getLocale()));
            }
        }
        String keptType = currentType != null ? currentType
                : types.containsKey(requestType.getValue()) ? requestType.getValue() : null;
        if (keptType != null) {
            types.putIfAbsent(keptType, choices.requestTypeName(keptType, getLocale()));
        }
        requestType.setItems(new ArrayList<>(types.keySet()));
        requestType.setItemLabelGenerator(c -> c == null ? "" : types.getOrDefault(c, c));
        requestType.setValue(keptType);
    }

    /** A channel plugin posts where the tenant configured it: only email names its recipients. */
    private boolean byEmail() {
        return channel.getValue() == null || NotificationLabels.EMAIL.equals(channel.getValue());
    }

    private void showRecipients() {
        recipients.setVisible(byEmail());
        channelNote.setVisible(!byEmail());
    }

    /** The rule the dialog would save now (recipients only for email). */
    SaveNotificationRule command() {
        return new SaveNotificationRule(event.getValue() == null ? null : event.getValue().key(), name.getValue(),
                kind.getValue() == null ? null : kind.getValue().name(), target.getValue(), requestType.getValue(),
                company.getValue() == null ? null : company.getValue().id(),
                byEmail() ? recipients.recipients() : List.of(), channel.getValue(), mandatory.getValue(),
                enabled.getValue());
    }

    private void save() {
        try {
            if (existing == null) {
                rules.create(command());
            } else {
                rules.update(existing.id(), existing.version(), command());
            }
            saved.run();
            close();
        } catch (InvalidNotificationRuleException e) {
            show(e);
        } catch (OptimisticLockingFailureException e) {
            unplaced(getTranslation("notifications.rule.stale"));
        } catch (NoSuchElementException e) {
            unplaced(getTranslation("notifications.rule.gone"));
        }
    }

    /** Puts the core's refusal on the input it names; one that names none shows above the form. */
    void show(InvalidNotificationRuleException refusal) {
        Map<String, HasValidation> byField = Map.of("event", event, "name", name, "recordKind", kind,
                "target", target, "requestType", requestType, "companyId", company, "channel", channel,
                "recipients", recipients);
        byField.values().forEach(f -> f.setInvalid(false));
        recipients.clearProblems();
        problems.setVisible(false);
        String key = NotificationLabels.refusal(refusal.code());
        String message = key == null ? refusal.getMessage() : getTranslation(key);
        HasValidation field = byField.get(refusal.field());
        if (field == null) {
            unplaced(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        if ("invalid-address".equals(refusal.code())) {
            recipients.markAddresses(refusal.getMessage(), getTranslation("notifications.error.address"));
        }
    }

    private void unplaced(String message) {
        problems.setText(message);
        problems.setVisible(true);
    }
}
