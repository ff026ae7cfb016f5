package app.lexdesk.core.mailreplies.internal;

import app.lexdesk.core.attachments.AttachmentService;
import app.lexdesk.core.attachments.RecordFileService;
import app.lexdesk.core.attachments.UploadRefusedException;
import app.lexdesk.core.mailreplies.internal.InboundMessages.Outcome;
import app.lexdesk.core.mailreplies.internal.Refusal.Reason;
import app.lexdesk.core.notes.AddNote;
import app.lexdesk.core.notes.NoteService;
import app.lexdesk.core.notes.NoteVisibility;
import app.lexdesk.core.people.PeopleService;
import app.lexdesk.core.people.PersonDetails;
import app.lexdesk.core.records.RecordDirectory;
import app.lexdesk.core.records.RecordRef;
import app.lexdesk.core.tenancy.CurrentTenant;
import app.lexdesk.core.tenancy.MembershipService;
import app.lexdesk.core.tenancy.MembershipSummary;
import app.lexdesk.core.tenancy.TenantContext;
import app.lexdesk.core.tenancy.TenantDirectory;
import app.lexdesk.core.tenancy.TenantMember;
import app.lexdesk.core.tenancy.TenantSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places one inbound message, or refuses or drops it. In this order, stopping at the first that fails:
 * <ol>
 *   <li>already handled (its Message-ID is in {@link InboundMessages}) — nothing more, not even an answer;</li>
 *   <li>automatic (auto-reply, bounce, list: {@link InboundMail#automatic()}) — dropped, never answered, so that two
 *       machines never answer each other;</li>
 *   <li>a recipient is one of our reply addresses with a token whose MAC holds ({@link ReplyToken}, no database
 *       read), of an active tenant, naming a stored row — else refused as an unknown address;</li>
 *   <li>the row's person has an active membership, and is the single From address (the person's email or login
 *       email, ignoring case) — else refused as not her address (a stranger holding a token adds nothing);</li>
 *   <li>as that person ({@link TenantContext#open(TenantMember)}): she may act on the record as its requester
 *       ({@code RequesterAccessPolicy}: the requester or a colleague she named; staff do not write as requesters) —
 *       else refused as expired;</li>
 *   <li>the text above the quoted history is at most {@link AddNote#TEXT_MAX} characters, and it or a file is there;
 *       at most {@link #MAX_FILES} files, each stored as her upload under the tenant's size limit and content-type
 *       rules ({@link AttachmentService#upload}, as the portal's files are) — else refused, saying which file;</li>
 *   <li>one transaction: the message is claimed in {@link InboundMessages}, her files are placed in the record's
 *       "From requester" folder and the text becomes her shared note ({@link NoteService#replyAsRequester}, which
 *       publishes {@code RequesterReplied}), as {@code PortalService.reply} does; files without text are sent as the
 *       portal sends files ({@link RecordFileService#addFromRequester}).</li>
 * </ol>
 * A refusal is claimed before its answer is sent, so no sender is answered twice; it is logged, and counted in
 * {@link ReplyCounters}. Whatever fails after files were stored removes them again. Trouble that may pass (the
 * database, storage, rate limits) is thrown for the poller to try the message again later.
 *
 * <p>Thread-safe; called by the poller with no tenant in its scope.
 */
@Component
public class InboundReplies {

    /** The most files one reply may carry, as a portal reply. */
    public static final int MAX_FILES = 20;

    private static final Logger log = LoggerFactory.getLogger(InboundReplies.class);

    private final MailRepliesProperties properties;
    private final ReplyToken tokens;
    private final InboundMessages inbound;
    private final ReplyAddressRows rows;
    private final TenantDirectory tenants;
    private final MembershipService memberships;
    private final PeopleService people;
    private final RecordDirectory records;
    private final AttachmentService attachments;
    private final RecordFileService files;
    private final NoteService notes;
    private final RefusalAnswers answers;
    private final ReplyCounters counters;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InboundReplies(MailRepliesProperties properties, InboundMessages inbound, ReplyAddressRows rows,
            TenantDirectory tenants, MembershipService memberships, PeopleService people, RecordDirectory records,
            AttachmentService attachments, RecordFileService files, NoteService notes, RefusalAnswers answers,
            ReplyCounters counters, TransactionTemplate transactions, Optional<Clock> clock) {
        this.properties = properties;
        this.tokens = properties.enabled() ? new ReplyToken(properties.secret()) : null;
        this.inbound = inbound;
        this.rows = rows;
        this.tenants = tenants;
        this.memberships = memberships;
        this.people = people;
        this.records = records;
        this.attachments = attachments;
        this.files = files;
        this.notes = notes;
        this.answers = answers;
        this.counters = counters;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Handles {@code mail}; returning means the message may leave the mailbox. */
    public void handle(InboundMail mail) {
        byte[] id = InboundMessages.hash(mail.messageId());
        if (Boolean.TRUE.equals(transactions.execute(s -> inbound.handled(id)))) {
            counters.add("duplicate");
            log.debug("Message {} was handled before", mail.messageId());
            return;
        }
        if (mail.automatic()) {
            transactions.execute(s -> inbound.claim(id, Outcome.DROPPED, clock.instant()));
            counters.add("dropped");
            log.info("Dropped automatic message {} (an auto-reply, bounce or list message): never answered",
                    mail.messageId());
            return;
        }
        Optional<ReplyToken.Parsed> token = mail.recipients().stream().map(properties::tokenOf)
                .filter(t -> t != null).map(tokens::verify).flatMap(Optional::stream).findFirst();
        if (token.isEmpty()) {
            log.warn("Refused message {} from {}: no recipient is a reply address with a valid token (forged, "
                    + "changed or none)", mail.messageId(), mail.from());
            refuse(mail, id, null, Refusal.of(Reason.UNKNOWN_ADDRESS));
            return;
        }
        Optional<TenantSummary> tenant = tenants.all().stream()
                .filter(t -> t.id().equals(token.get().tenantId()) && "ACTIVE".equals(t.status())).findFirst();
        if (tenant.isEmpty()) {
            log.warn("Refused message {}: its token's tenant {} is not an active tenant", mail.messageId(),
                    token.get().tenantId());
            refuse(mail, id, null, Refusal.of(Reason.UNKNOWN_ADDRESS));
            return;
        }
        CurrentTenant current = new CurrentTenant(tenant.get().id(), tenant.get().slug());
        try (TenantContext.Scope ignored = TenantContext.open(current)) {
            handleIn(mail, id, tenant.get(), current, token.get().key());
        }
    }

    private void handleIn(InboundMail mail, byte[] id, TenantSummary tenant, CurrentTenant current, long key) {
        Optional<ReplyAddressRows.Row> row = transactions.execute(s -> rows.find(current.id(), key));
        if (row.isEmpty()) {
            log.warn("Refused message {}: its token names no reply address of tenant {}", mail.messageId(),
                    current.slug());
            refuse(mail, id, current.slug(), Refusal.of(Reason.UNKNOWN_ADDRESS));
            return;
        }
        UUID personId = row.get().personId();
        Optional<MembershipSummary> membership = TenantContext.callAsPlatformWork(current,
                () -> memberships.find(personId)).filter(MembershipSummary::active);
        Optional<PersonDetails> person = people.findPerson(personId);
        if (membership.isEmpty() || person.isEmpty()) {
            log.info("Refused message {}: person {} has no active membership in {} any more", mail.messageId(),
                    personId, current.slug());
            refuse(mail, id, current.slug(), Refusal.of(Reason.EXPIRED));
            return;
        }
        if (mail.from().size() != 1 || !(mail.from().get(0).equalsIgnoreCase(membership.get().email())
                || mail.from().get(0).equalsIgnoreCase(person.get().email()))) {
            log.warn("Refused message {} from {}: the reply address of person {} in {} was used by someone else",
                    mail.messageId(), mail.from(), personId, current.slug());
            refuse(mail, id, current.slug(), Refusal.of(Reason.NOT_YOUR_ADDRESS));
            return;
        }
        TenantMember member = new TenantMember(current, tenant.name(), personId, membership.get().email(),
                person.get().displayName(), membership.get().roles());
        try (TenantContext.Scope ignored = TenantContext.open(member)) {
            place(mail, id, member, row.get().recordId());
        }
    }

    private void place(InboundMail mail, byte[] id, TenantMember member, UUID recordId) {
        String slug = member.tenant().slug();
        boolean mayAct = (!member.isStaff() || member.isPortalUser())
                && Boolean.TRUE.equals(transactions.execute(s -> records.requesterAccess(recordId,
                member.personId()).mayAct()));
        if (!mayAct) {
            log.info("Refused message {}: person {} may no longer act on record {}", mail.messageId(),
                    member.personId(), recordId);
            refuse(mail, id, slug, Refusal.of(Reason.EXPIRED));
            return;
        }
        String text = clean(mail.text());
        if (text.isEmpty() && mail.attachments().isEmpty()) {
            refuse(mail, id, slug, Refusal.of(Reason.EMPTY));
            return;
        }
        if (text.length() > AddNote.TEXT_MAX) {
            refuse(mail, id, slug, new Refusal(Reason.TOO_LONG, null, AddNote.TEXT_MAX));
            return;
        }
        if (mail.attachments().size() > MAX_FILES) {
            refuse(mail, id, slug, new Refusal(Reason.TOO_MANY_FILES, null, MAX_FILES));
            return;
        }
        List<UUID> uploads = new ArrayList<>();
        try {
            for (InboundMail.Attachment file : mail.attachments()) {
                Optional<Refusal> refused = upload(file, uploads);
                if (refused.isPresent()) {
                    attachments.discardPending(uploads);
                    refuse(mail, id, slug, refused.get());
                    return;
                }
            }
            if (text.isEmpty() && uploads.isEmpty()) {
                refuse(mail, id, slug, Refusal.of(Reason.EMPTY));
                return;
            }
            boolean placed = Boolean.TRUE.equals(transactions.execute(s -> {
                if (!inbound.claim(id, Outcome.PLACED, clock.instant())) {
                    return false;
                }
                RecordRef record = records.findForRequester(recordId).orElseThrow();
                if (text.isEmpty()) {
                    files.addFromRequester(record.kind(), recordId, uploads);
                } else {
                    if (!uploads.isEmpty()) {
                        files.claimFromRequester(record.kind(), recordId, uploads);
                    }
                    notes.replyAsRequester(recordId, new AddNote(text, NoteVisibility.SHARED), uploads);
                }
                return true;
            }));
            if (!placed) {
                attachments.discardPending(uploads);
                counters.add("duplicate");
                return;
            }
        } catch (RuntimeException e) {
            attachments.discardPending(uploads);
            throw e;
        }
        counters.add("placed");
        log.info("Message {} became a reply from person {} on record {} in {}, with {} file(s)", mail.messageId(),
                member.personId(), recordId, slug, uploads.size());
    }

    /** Stores one file as the member's upload; a refusal the sender should hear of, or throws what may pass. */
    private Optional<Refusal> upload(InboundMail.Attachment file, List<UUID> uploads) {
        try (InputStream in = file.open()) {
            uploads.add(attachments.upload(file.filename(), -1, in).id());
            return Optional.empty();
        } catch (UploadRefusedException e) {
            return switch (e.code()) {
                case "empty-file" -> Optional.empty();
                case "too-large" -> Optional.of(new Refusal(Reason.TOO_LARGE, file.filename(),
                        attachments.maxFileSize() / (1024 * 1024)));
                case "file-type-not-allowed" -> Optional.of(new Refusal(Reason.BLOCKED_TYPE, file.filename(), 0));
                case "pending-quota" -> Optional.of(new Refusal(Reason.FILES_NOT_RECEIVED, file.filename(), 0));
                default -> throw e;
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + file.filename() + " from the mailbox failed", e);
        }
    }

    private void refuse(InboundMail mail, byte[] id, String tenantSlug, Refusal refusal) {
        counters.add("refused." + refusal.reason().key());
        if (Boolean.TRUE.equals(transactions.execute(s -> inbound.claim(id, Outcome.REFUSED, clock.instant())))) {
            answers.send(mail, refusal, tenantSlug);
            log.info("Answered refused message {} ({})", mail.messageId(), refusal.reason().key());
        }
    }

    /** Line breaks as the portal stores them; control characters (which no note may hold) as spaces. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ? ' ' : c);
        }
        return out.toString().strip();
    }
}
