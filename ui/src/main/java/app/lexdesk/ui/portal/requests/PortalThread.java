package app.lexdesk.ui.portal.requests;

import app.lexdesk.core.api.InvalidParameterException;
import app.lexdesk.core.attachments.AttachmentSummary;
import app.lexdesk.core.fairuse.RateLimitedException;
import app.lexdesk.core.notes.PortalNote;
import app.lexdesk.ui.common.CheckedUploads;
import app.lexdesk.ui.common.ComponentTexts;
import app.lexdesk.ui.common.CurrentMember;
import app.lexdesk.ui.common.Formats;
import app.lexdesk.ui.common.PlainText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The messages of a request that its requester reads — the legal team's shared notes and the requester's side's
 * replies, oldest first, each said to be from whom ("You", "From the requester", the legal team) — and, for someone
 * who may act on it, a reply box: text and files. The files are stored as they are chosen (pending, the requester's
 * own until claimed) and go with the reply when it is sent; a file removed from the box before that does not.
 */
class PortalThread extends VerticalLayout {

    private final String viewerName;
    private final Div list = new Div();
    private final TextArea text = new TextArea();
    private final List<Pending> pending = new CopyOnWriteArrayList<>();

    /** A file of the reply box, stored and waiting for the reply; uploads add them on their own thread. */
    private record Pending(String filename, UUID id) {
    }

    /**
     * @param viewerName whose replies read as "You" (the requester in a staff preview)
     * @param reference  the request a reply goes to, null to show the thread read only
     * @param sent       after a reply was sent (re-read the request)
     */
    PortalThread(PortalRequestPanel.Services services, String viewerName, String reference, Runnable sent) {
        this.viewerName = viewerName;
        setId("portal-notes");
        setPadding(false);
        list.setWidthFull();
        add(new H3(getTranslation("portal.notes.title")), list);
        if (reference != null) {
            add(replyBox(services, reference, sent));
        }
    }

    void show(List<PortalNote> notes) {
        list.removeAll();
        if (notes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.notes.none"));
            none.setId("portal-notes-none");
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            list.add(none);
            return;
        }
        // The core gives the newest first; a conversation reads from its start down to the reply box.
        List<PortalNote> oldestFirst = new ArrayList<>(notes);
        Collections.reverse(oldestFirst);
        oldestFirst.forEach(n -> list.add(note(n)));
    }

    private Div note(PortalNote n) {
        Div card = new Div();
        card.addClassNames("lexdesk-note", n.fromRequester() ? "lexdesk-from-requester" : "lexdesk-shared");
        boolean mine = n.fromRequester() && n.authorName() != null && n.authorName().equals(viewerName);
        Span from = new Span(getTranslation(mine ? "portal.notes.you" : n.fromRequester()
                ? "portal.notes.from-requester" : "portal.notes.from-legal-team"));
        from.getElement().getThemeList().add(n.fromRequester() ? "badge contrast" : "badge success");
        from.addClassName("lexdesk-note-from");
        Span who = new Span(n.authorName() == null ? "—" : n.authorName());
        who.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span when = new Span(Formats.dateTime(n.createdAt(), getLocale()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        HorizontalLayout head = new HorizontalLayout(from, who, when);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.addClassNames(LumoUtility.FlexWrap.WRAP);
        Div body = PlainText.of(n.text());
        body.addClassName("lexdesk-note-text");
        card.add(head, body);
        return card;
    }

    private VerticalLayout replyBox(PortalRequestPanel.Services services, String reference, Runnable sent) {
        text.setId("reply-text");
        text.setLabel(getTranslation("portal.reply.label"));
        text.setWidthFull();
        text.setMinHeight("6em");
        text.setMaxLength(10_000);
        Upload files = new Upload(new CheckedUploads(services.check(), CurrentMember.require().tenant().slug(),
                (name, size, content) -> {
                    AttachmentSummary stored = services.attachments().upload(name, size, content);
                    pending.add(new Pending(name, stored.id()));
                }, () -> { }, (name, refusal) -> {
                    Notification shown = Notification.show(CheckedUploads.reason(this, name, refusal));
                    shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
                }));
        files.setId("reply-attachments");
        files.setWidthFull();
        CheckedUploads.limit(files, services.attachments().maxFileSize());
        ComponentTexts.apply(files);
        files.setDropLabel(new Span(getTranslation("portal.reply.drop")));
        files.addFileRemovedListener(e -> pending.stream().filter(p -> p.filename().equals(e.getFileName()))
                .findFirst().ifPresent(pending::remove));
        Button send = new Button(getTranslation("portal.reply.send"));
        send.setId("reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (files.isUploading()) {
                refuse("portal.reply.error.uploading");
                return;
            }
            try {
                services.portal().reply(reference, text.getValue(), pending.stream().map(Pending::id).toList());
            } catch (InvalidParameterException ex) {
                refuse(switch (ex.code()) {
                    case "too-long" -> "portal.reply.error.too-long";
                    case "invalid-characters" -> "portal.reply.error.characters";
                    default -> "portal.reply.error.required";
                });
                return;
            } catch (RateLimitedException ex) {
                text.setErrorMessage(getTranslation("portal.reply.error.rate-limited", ex.retryAfterSeconds()));
                text.setInvalid(true);
                return;
            } catch (NoSuchElementException ex) {
                refuse("portal.reply.error.no-access");
                return;
            }
            text.clear();
            text.setInvalid(false);
            pending.clear();
            files.clearFileList();
            Notification.show(getTranslation("portal.reply.sent"));
            sent.run();
        });
        VerticalLayout box = new VerticalLayout(text, files, send);
        box.setId("portal-reply");
        box.setPadding(false);
        return box;
    }

    private void refuse(String key) {
        text.setErrorMessage(getTranslation(key));
        text.setInvalid(true);
    }
}
