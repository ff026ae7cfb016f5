package app.lexdesk.ui.backoffice.records;

import app.lexdesk.core.records.EditRecord;
import app.lexdesk.core.records.Change;
import app.lexdesk.core.records.InvalidRecordChangeException;
import app.lexdesk.core.records.Priority;
import app.lexdesk.core.records.RecordChangedException;
import app.lexdesk.core.records.RecordHeader;
import app.lexdesk.core.records.RecordKind;
import app.lexdesk.core.records.RecordStatus;
import app.lexdesk.core.records.RecordWorkService;
import app.lexdesk.core.records.StaffMember;
import app.lexdesk.core.records.TransitionRefusedException;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The top of every record's page: reference and title, "From portal", the kind's own placement (a matter's board, a
 * contract's type), the status with the moves its workflow allows as buttons, the assignee ("Assign to me" in one
 * click), priority and due date. Every change names the version this page read; when someone changed the record
 * meanwhile, the change is refused and the page says who and when, with a reload.
 */
public class RecordHeaderBar extends VerticalLayout {

    private final RecordWorkService work;
    private final RecordKind kind;
    private final Component placement;
    private final Runnable changed;
    private final H1 title = new H1();
    private final Span origin = new Span();
    private final Span status = new Span();
    private final HorizontalLayout transitions = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final ComboBox<StaffMember> assignee = new ComboBox<>();
    private final Button assignToMe = new Button();
    private final Select<Priority> priority = new Select<>();
    private final DatePicker dueDate = new DatePicker();
    private final Span lastChange = new Span();
    private RecordHeader header;

    /**
     * @param placement the kind's own part of the header (a board picker, a contract type), may be null
     * @param changed called after this header changed the record, with the new header already shown
     */
    public RecordHeaderBar(RecordWorkService work, RecordHeader header, Component placement, Runnable changed) {
        this.work = work;
        this.kind = header.kind();
        this.placement = placement;
        this.changed = changed == null ? () -> { } : changed;
        setId("record-header");
        setPadding(false);
        title.setId("record-title");
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        origin.setId("from-portal");
        origin.setText(getTranslation("list.origin.portal"));
        origin.getElement().getThemeList().add("badge success");
        status.setId("record-status");
        status.getElement().getThemeList().add("badge");
        transitions.setId("record-transitions");
        transitions.setSpacing(true);
        assignee.setId("record-assignee");
        assignee.setLabel(getTranslation("record.assignee"));
        assignee.setPlaceholder(getTranslation("record.assignee.nobody"));
        assignee.setClearButtonVisible(true);
        assignee.setItemLabelGenerator(StaffMember::name);
        assignee.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                assign(e.getValue() == null ? null : e.getValue().personId());
            }
        });
        assignToMe.setId("assign-to-me");
        assignToMe.setText(getTranslation("record.assign.me"));
        assignToMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        assignToMe.addClickListener(e -> assign(CurrentMember.require().personId()));
        priority.setId("record-priority");
        priority.setLabel(getTranslation("record.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(this::priorityName);
        priority.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                edit(new EditRecord(null, Change.to(e.getValue()), null), priority);
            }
        });
        dueDate.setId("record-due-date");
        dueDate.setLabel(getTranslation("record.due"));
        dueDate.setClearButtonVisible(true);
        dueDate.setLocale(getLocale());
        ComponentTexts.apply(dueDate);
        dueDate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edit(new EditRecord(null, null, Change.to(e.getValue())), dueDate);
            }
        });
        lastChange.setId("record-last-change");
        lastChange.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        actions.setId("record-actions");
        actions.addClassNames(LumoUtility.Margin.Left.AUTO);
        HorizontalLayout top = new HorizontalLayout(origin, status, transitions, actions);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.addClassNames(LumoUtility.FlexWrap.WRAP);
        HorizontalLayout fields = new HorizontalLayout();
        if (placement != null) {
            fields.add(placement);
        }
        fields.add(assignee, assignToMe, priority, dueDate);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.addClassNames(LumoUtility.FlexWrap.WRAP);
        add(title, top, fields, lastChange);
        assignee.setItems(work.staff());
        show(header);
    }

    /** Adds a feature's action (a {@link RecordHeaderAction}) at the end of the header's top row. */
    public void addAction(Component action) {
        actions.add(action);
    }

    /** The header as last read: its version is what the page's changes name. */
    public RecordHeader header() {
        return header;
    }

    /** Reads the record again and shows it. */
    public void reload() {
        work.header(kind, header.reference()).ifPresent(this::show);
    }

    /** Shows a header a change returned, and tells the page. */
    public void changedTo(RecordHeader next) {
        show(next);
        changed.run();
    }

    /** Tells the user someone else changed the record first, with a reload; their change was not made. */
    public void conflict(RecordChangedException e) {
        String who = e.changedBy() == null ? getTranslation("record.changed.someone") : e.changedBy();
        String when = e.changedAt() == null ? "" : Formats.dateTime(e.changedAt(), getLocale());
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        Span text = new Span(getTranslation("record.changed", who, when));
        text.setId("record-conflict");
        Button reload = new Button(getTranslation("record.reload"), click -> {
            notification.close();
            reload();
            changed.run();
        });
        reload.setId("record-reload");
        notification.add(new HorizontalLayout(text, reload));
        notification.setDuration(0);
        notification.open();
    }

    /**
     * Runs a change of this record; when someone changed it first, shows who and when instead of failing.
     *
     * @return whether the change was made
     */
    public boolean attempt(Supplier<RecordHeader> change) {
        try {
            changedTo(change.get());
            return true;
        } catch (RecordChangedException e) {
            conflict(e);
            return false;
        }
    }

    private void show(RecordHeader h) {
        this.header = h;
        title.setText(h.reference() + " · " + h.title());
        origin.setVisible(h.fromPortal());
        status.setText(h.status().name(getLocale()));
        transitions.removeAll();
        // Said in words, so a move reads as an action and not as a second status beside the badge.
        if (!h.transitions().isEmpty()) {
            Span moveTo = new Span(getTranslation("record.transition.move-to"));
            moveTo.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            transitions.add(moveTo);
        }
        for (RecordStatus next : h.transitions()) {
            Button move = new Button(next.name(getLocale()), VaadinIcon.ARROW_RIGHT.create(), e -> move(next.code()));
            move.setIconAfterText(true);
            move.setId("transition-" + next.code());
            move.setAriaLabel(getTranslation("record.transition.move-to-status", next.name(getLocale())));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            transitions.add(move);
        }
        List<StaffMember> staff = assignee.getListDataView().getItems().toList();
        assignee.setValue(staff.stream().filter(s -> s.personId().equals(h.assigneeId())).findFirst().orElse(null));
        assignToMe.setVisible(!Objects.equals(h.assigneeId(), CurrentMember.require().personId()));
        priority.setValue(h.priority());
        priority.setInvalid(false);
        dueDate.setValue(h.dueDate());
        dueDate.setInvalid(false);
        lastChange.setText(h.updatedByName() == null ? ""
                : getTranslation("record.last-change", h.updatedByName(),
                        Formats.dateTime(h.updatedAt(), getLocale())));
    }

    private void move(String to) {
        try {
            if (attempt(() -> work.transition(kind, header.reference(), header.version(), to))) {
                Notification.show(getTranslation("record.moved", header.status().name(getLocale())));
            }
        } catch (TransitionRefusedException e) {
            Notification refused = Notification.show(getTranslation("record.transition.refused"));
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
            reload();
        }
    }

    private void assign(UUID person) {
        try {
            attempt(() -> work.assign(kind, header.reference(), header.version(), person));
            assignee.setInvalid(false);
        } catch (InvalidRecordChangeException e) {
            assignee.setErrorMessage(getTranslation("record.assignee.not-staff"));
            assignee.setInvalid(true);
        }
    }

    private void edit(EditRecord edit, HasValidation field) {
        try {
            attempt(() -> work.edit(kind, header.reference(), header.version(), edit));
        } catch (InvalidRecordChangeException e) {
            field.setErrorMessage(getTranslation("record.invalid"));
            field.setInvalid(true);
        }
    }

    private String priorityName(Priority p) {
        return switch (p) {
            case LOW -> getTranslation("priority.low");
            case NORMAL -> getTranslation("priority.normal");
            case HIGH -> getTranslation("priority.high");
            case URGENT -> getTranslation("priority.urgent");
        };
    }

    Component placement() {
        return placement;
    }
}
