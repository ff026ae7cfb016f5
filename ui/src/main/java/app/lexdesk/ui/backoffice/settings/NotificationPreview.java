package app.lexdesk.ui.backoffice.settings;

import app.lexdesk.core.notifications.InvalidNotificationRuleException;
import app.lexdesk.core.notifications.NotificationEvent;
import app.lexdesk.core.notifications.NotificationRuleService;
import app.lexdesk.core.notifications.PlannedNotification;
import app.lexdesk.core.notifications.SaveNotificationRule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Who would be notified?": an event and a record's reference give each recipient the core would plan now — address,
 * channel, the rule that selected them, and whether they would get it at once, in their digest or not at all (and
 * why). On the rules page it asks with the saved rules and its own event; in the rule dialog with the rule as it is
 * being edited ({@link Draft}), whose event it takes, before anything is saved.
 */
class NotificationPreview extends VerticalLayout {

    /** A rule being edited: what it would save, and which saved rule it replaces (null: a new one). */
    record Draft(SaveNotificationRule rule, UUID replaces) {
    }

    private final NotificationRuleService rules;
    private final Supplier<Draft> draft;
    private final Consumer<InvalidNotificationRuleException> refused;
    private final Function<String, String> channelNames;
    private final Select<NotificationEvent> event = new Select<>();
    private final TextField record = new TextField();
    private final Grid<PlannedNotification> result = new Grid<>();
    private final Paragraph nobody = new Paragraph();
    private UUID edited;

    /**
     * @param draft   the rule being edited, or null to ask with the saved rules and an event chosen here
     * @param refused where a refusal of the draft goes (the dialog puts it on the field it names)
     * @param channelNames a channel's name from its id
     */
    NotificationPreview(NotificationRuleService rules, String id, Supplier<Draft> draft,
            Consumer<InvalidNotificationRuleException> refused, Function<String, String> channelNames) {
        this.rules = rules;
        this.draft = draft;
        this.refused = refused;
        this.channelNames = channelNames;
        setId(id);
        setPadding(false);
        event.setId(id + "-event");
        event.setLabel(getTranslation("notifications.rule.event"));
        event.setItems(NotificationEvent.values());
        event.setItemLabelGenerator(e -> getTranslation(NotificationLabels.event(e)));
        event.setValue(NotificationEvent.REQUEST_SUBMITTED);
        event.setVisible(draft == null);
        event.setWidth("22em");
        record.setId(id + "-record");
        record.setLabel(getTranslation("notifications.preview.record"));
        record.setHelperText(getTranslation("notifications.preview.record.help"));
        record.setMaxLength(100);
        record.setWidth("18em");
        record.addValueChangeListener(e -> record.setInvalid(false));
        Button run = new Button(getTranslation("notifications.preview.run"), e -> run());
        run.setId(id + "-run");
        HorizontalLayout ask = new HorizontalLayout(event, record, run);
        ask.setAlignItems(FlexComponent.Alignment.BASELINE);
        ask.addClassNames(LumoUtility.FlexWrap.WRAP);
        result.setId(id + "-result");
        result.setAllRowsVisible(true);
        result.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        result.addColumn(PlannedNotification::recipientName).setKey("recipient")
                .setHeader(getTranslation("notifications.preview.recipient")).setFlexGrow(1);
        result.addColumn(PlannedNotification::address).setKey("address")
                .setHeader(getTranslation("notifications.preview.address")).setFlexGrow(1);
        result.addColumn(p -> getTranslation(NotificationLabels.audience(p.audience()))).setKey("audience")
                .setHeader(getTranslation("notifications.preview.audience")).setAutoWidth(true);
        result.addColumn(p -> channelNames.apply(p.channel())).setKey("channel")
                .setHeader(getTranslation("notifications.rule.channel")).setAutoWidth(true);
        result.addColumn(this::ruleName).setKey("rule").setHeader(getTranslation("notifications.preview.rule"))
                .setFlexGrow(1);
        result.addColumn(p -> getTranslation(NotificationLabels.delivery(p.digest(), p.skipped()))).setKey("delivery")
                .setHeader(getTranslation("notifications.preview.delivery")).setFlexGrow(1);
        result.setVisible(false);
        nobody.setId(id + "-nobody");
        nobody.setText(getTranslation("notifications.preview.nobody"));
        nobody.addClassNames(LumoUtility.TextColor.SECONDARY);
        nobody.setVisible(false);
        add(ask, result, nobody);
    }

    /** Asks the core; an unknown record is said on the reference, a refused draft goes to the dialog. */
    void run() {
        String reference = record.getValue().strip();
        if (reference.isEmpty()) {
            record.setErrorMessage(getTranslation("notifications.preview.record.required"));
            record.setInvalid(true);
            return;
        }
        List<PlannedNotification> planned;
        try {
            if (draft == null) {
                edited = null;
                planned = rules.preview(event.getValue().key(), reference, null, null);
            } else {
                Draft d = draft.get();
                edited = d.replaces();
                planned = rules.preview(d.rule().event(), reference, d.rule(), d.replaces());
            }
        } catch (NoSuchElementException e) {
            record.setErrorMessage(getTranslation("notifications.preview.record.unknown", reference));
            record.setInvalid(true);
            clear();
            return;
        } catch (InvalidNotificationRuleException e) {
            refused.accept(e);
            clear();
            return;
        }
        result.setItems(planned);
        result.setVisible(!planned.isEmpty());
        nobody.setVisible(planned.isEmpty());
    }

    private void clear() {
        result.setItems(List.of());
        result.setVisible(false);
        nobody.setVisible(false);
    }

    private String ruleName(PlannedNotification p) {
        String name = p.ruleName() == null || p.ruleName().isBlank() ? getTranslation("notifications.rule.unnamed")
                : p.ruleName();
        return p.ruleId() != null && p.ruleId().equals(edited)
                ? getTranslation("notifications.preview.rule.edited", name) : name;
    }
}
