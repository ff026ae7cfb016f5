package app.lexdesk.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** SMTP: GreenMail in this JVM, so tests and the dev mailbox page read what was sent. */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int port;

    MailServer(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    MailServer start() {
        Ports.requireFree("SMTP", port);
        greenMail.start();
        return this;
    }

    public int port() {
        return port;
    }

    /** Every message received since start, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
