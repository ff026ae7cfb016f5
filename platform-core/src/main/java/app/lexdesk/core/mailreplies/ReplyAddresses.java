package app.lexdesk.core.mailreplies;

import app.lexdesk.core.mailreplies.internal.MailRepliesProperties;
import app.lexdesk.core.mailreplies.internal.ReplyAddressRows;
import app.lexdesk.core.mailreplies.internal.ReplyToken;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.TenantContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reply addresses of notification emails: the notification composer sets a requester's email's
 * {@code Reply-To} to {@link #replyAddress} and puts {@link #marker} first in its body; what she writes above the
 * marker, sent to that address, becomes a shared note on the record from her.
 *
 * <p>An address is {@code <mailbox>+<token>@<domain>} of {@code lexdesk.mail.replies.address} (plus-addressing), the
 * token signed with {@code lexdesk.mail.replies.secret} and naming the tenant and a stored (person, record) row — see
 * {@code ReplyToken} for its layout and why. The same person and record always get the same address, so replying to
 * an older email works too, for as long as the person may act on the record as its requester (checked again when a
 * reply arrives: an address given before she lost access is refused then).
 *
 * <p>Thread-safe. Tenant: the current {@link TenantContext}'s, whichever kind of scope (a member's, platform work, or
 * one without rights); the person's membership is read as platform work, since issuing an address is a system act.
 */
@Service
public class ReplyAddresses {

    private static final String MARKER_EN = "Reply above this line to answer";
    private static final String MARKER_FR = "Répondez au-dessus de cette ligne";

    private final MailRepliesProperties properties;
    private final ReplyToken tokens;
    private final ReplyAddressRows rows;
    private final RecordDirectory records;
    private final MembershipService memberships;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ReplyAddresses(MailRepliesProperties properties, ReplyAddressRows rows, RecordDirectory records,
            MembershipService memberships, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.properties = properties;
        this.tokens = properties.enabled() ? new ReplyToken(properties.secret()) : null;
        this.rows = rows;
        this.records = records;
        this.memberships = memberships;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The Reply-To for a notification to this person about this record, in the current TenantContext's tenant;
     * empty when replies by email are not configured (no {@code lexdesk.mail.replies.address}), and when the person
     * could not reply from the portal either: no active membership, or not someone who may act on the record as its
     * requester (the requester, or a colleague she named on it) — staff answer in the back office.
     *
     * <p>The first call for a person and record stores their row in a transaction of its own (committed whatever
     * the caller's does, so a read-only or failing caller is no obstacle); later calls read it. A caller inside a
     * transaction must therefore not hold a lock that blocks a foreign key's check on the person or the record
     * ({@code select … for update}, a delete): composing a notification after the change committed never does.
     *
     * @throws IllegalStateException with no tenant in the current unit of work
     */
    public Optional<String> replyAddress(UUID personId, UUID recordId) {
        if (tokens == null || personId == null || recordId == null) {
            return Optional.empty();
        }
        CurrentTenant tenant = TenantContext.require();
        boolean member = TenantContext.callAsPlatformWork(tenant, () -> memberships.find(personId))
                .map(MembershipSummary::active).orElse(false);
        if (!member) {
            return Optional.empty();
        }
        Long key = ownTransaction.execute(s -> records.requesterAccess(recordId, personId).mayAct()
                ? rows.keyFor(tenant.id(), personId, recordId, clock.instant()) : null);
        return Optional.ofNullable(key).map(k -> properties.addressFor(tokens.issue(tenant.id(), k)));
    }

    /**
     * The line the composer puts first in the email ("Reply above this line to answer" / "Répondez au-dessus de
     * cette ligne"), and which the reply's text is cut at — in either language, whatever the email's.
     */
    public static String marker(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? MARKER_FR : MARKER_EN;
    }
}
