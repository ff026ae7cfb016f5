package app.lexdesk.ui.dev;

import app.lexdesk.infra.DevServices;
import app.lexdesk.infra.MailServer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** Dev run only (test sources): the emails the application sent, as the in-process SMTP server got them. */
@Route("dev/mailbox")
@AnonymousAllowed
class MailboxView extends VerticalLayout {

    record Mail(String sent, String to, String subject, String link) {
    }

    MailboxView() {
        add(new H1("Dev mailbox"));
        List<Mail> mails = new ArrayList<>(DevServices.running().map(s -> s.mail().received()).orElse(List.of())
                .stream().map(MailboxView::mail).toList());
        Collections.reverse(mails);
        if (mails.isEmpty()) {
            add(new Paragraph("No email sent yet."));
        }
        Grid<Mail> grid = new Grid<>(Mail.class, false);
        grid.addColumn(Mail::sent).setHeader("Sent").setAutoWidth(true);
        grid.addColumn(Mail::to).setHeader("To").setAutoWidth(true);
        grid.addColumn(Mail::subject).setHeader("Subject").setFlexGrow(1);
        // Keycloak's invitations and address checks are links to follow: shown so the dev run can follow them.
        grid.addComponentColumn(m -> m.link() == null ? new Span() : new Anchor(m.link(), "Open link"))
                .setHeader("Link").setAutoWidth(true);
        grid.setItems(mails);
        add(grid);
    }

    private static String link(MimeMessage m) {
        try {
            return MailServer.firstLink(m);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static Mail mail(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            return new Mail(String.valueOf(m.getSentDate()), to == null ? "" : Arrays.stream(to)
                    .map(Address::toString).collect(Collectors.joining(", ")), m.getSubject(), link(m));
        } catch (MessagingException e) {
            return new Mail("?", "?", "unreadable: " + e.getMessage(), null);
        }
    }
}
