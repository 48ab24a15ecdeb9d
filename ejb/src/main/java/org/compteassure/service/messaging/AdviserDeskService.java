package org.compteassure.service.messaging;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.AccessLog.Action;
import org.compteassure.persistence.messaging.Attachment;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.payment.PaymentRow;
import org.compteassure.service.payment.PaymentService;
import org.compteassure.service.messaging.MessagingEvents.ReplyPosted;

/**
 * The adviser desk: the inbox of open threads, answering them, finding an insured person and helping them with
 * their account. Every opening of a person's file or thread and every action on it writes an {@link AccessLog}
 * row in the same transaction, so no access goes unrecorded.
 */
@Stateless
public class AdviserDeskService {

    /** Threads waiting longer than this stand out in the inbox; administrators count answers within it. */
    public static final Duration ANSWER_TARGET = Duration.ofHours(48);

    /** How many of the newest payments a person's file shows. */
    public static final int FILE_PAYMENTS = 10;

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CodeService codes;

    @EJB
    private AccountService accounts;

    @EJB
    private PaymentService payments;

    @Inject
    private Event<ReplyPosted> replyPosted;

    /** Open threads, oldest first (the people who have waited longest). */
    public List<MessageThread> inbox() {
        List<MessageThread> open = em.createNamedQuery("MessageThread.findOpen", MessageThread.class).getResultList();
        open.forEach(thread -> thread.getInsuredPerson().getFamilyName());
        return open;
    }

    /** One thread with its notes, as the adviser works on it; logged as an access to the person's file. */
    public MessageThread thread(String adviser, long threadId) {
        MessageThread thread = find(threadId);
        thread.getMessages().forEach(message -> message.getAttachments().size());
        log(thread, adviser, Action.THREAD_OPENED);
        return thread;
    }

    /**
     * "Prendre en charge": a conditional update that only one adviser can win when several click at once.
     *
     * @throws AlreadyTakenException if another adviser holds it (taking one's own thread again is fine)
     */
    public void take(String adviser, long threadId) {
        int won = em.createNamedQuery("MessageThread.take")
                .setParameter("adviser", adviser)
                .setParameter("id", threadId)
                .executeUpdate();
        MessageThread thread = find(threadId);
        em.refresh(thread);
        if (won == 0 && !adviser.equals(thread.getAssignedTo())) {
            throw new AlreadyTakenException();
        }
        log(thread, adviser, Action.THREAD_TAKEN);
    }

    /** A reply the person will read; they are told by e-mail (without its content). */
    public void reply(String adviser, long threadId, String body, List<NewAttachment> attachments) {
        MessageThread thread = openThread(threadId);
        Message reply = MessageWriting.write(thread, Message.Kind.REPLY, adviser, body, attachments, clock.instant());
        em.flush();
        log(thread, adviser, Action.REPLIED);
        replyPosted.fire(new ReplyPosted(reply.getId()));
    }

    /** An internal note: advisers see it, the person never does. */
    public void note(String adviser, long threadId, String body) {
        MessageThread thread = find(threadId);
        MessageWriting.write(thread, Message.Kind.NOTE, adviser, body, List.of(), clock.instant());
        log(thread, adviser, Action.NOTE_ADDED);
    }

    public void close(String adviser, long threadId) {
        MessageThread thread = openThread(threadId);
        thread.close(clock.instant());
        log(thread, adviser, Action.THREAD_CLOSED);
    }

    /** Any attachment, notes included; logged. */
    public AttachmentFile attachment(String adviser, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("attachment");
        }
        log(attachment.getMessage().getThread(), adviser, Action.ATTACHMENT_OPENED);
        return new AttachmentFile(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    /** "Rechercher un assuré" by number (13 or 15 characters): at most one person. */
    public List<InsuredPerson> searchByNir(Nir nir) {
        return AccountQueries.person(em, nir).stream().toList();
    }

    /** "Rechercher un assuré" by family name (any case) and birth date. */
    public List<InsuredPerson> searchByName(String familyName, LocalDate birthDate) {
        return em.createNamedQuery("InsuredPerson.findByNameAndBirthDate", InsuredPerson.class)
                .setParameter("familyName", familyName.strip().toUpperCase(Locale.FRENCH))
                .setParameter("birthDate", birthDate)
                .setMaxResults(50)
                .getResultList();
    }

    /** What an adviser sees of a person: the register, the online account if any, the threads. */
    public record PersonFile(InsuredPerson person, Account account, boolean locked, List<PaymentRow> payments,
                             List<MessageThread> threads) {

        public boolean hasAccount() {
            return account != null;
        }
    }

    /** Opens a person's file (with their {@value #FILE_PAYMENTS} newest payments); logged. */
    public PersonFile file(String adviser, long personId) {
        InsuredPerson person = person(personId);
        log(personId, adviser, Action.FILE_OPENED);
        Account account = AccountQueries.accountOf(em, person).orElse(null);
        List<MessageThread> threads = em.createNamedQuery("MessageThread.findByPerson", MessageThread.class)
                .setParameter("personId", personId)
                .getResultList();
        boolean locked = account != null && (account.isBlocked() || account.isLocked(clock.instant()));
        return new PersonFile(person, account, locked, payments.newest(personId, FILE_PAYMENTS), threads);
    }

    /**
     * A new provisional code by post (the code feature's own flow: it replaces earlier codes and lifts a lockout).
     *
     * @throws NotFoundException if the person has no online account
     */
    public void sendProvisionalCode(String adviser, long personId) {
        Account account = AccountQueries.accountOf(em, person(personId)).orElseThrow(() -> new NotFoundException("account"));
        codes.issueSetCode(account, account.getStatus() == Account.Status.CLOSED ? Reason.REACTIVATION
                : Reason.FORGOTTEN, Channel.POST);
        log(personId, adviser, Action.CODE_SENT_BY_POST);
    }

    /** Lifts a lockout after the adviser checked who is calling. */
    public void unlock(String adviser, long personId) {
        Account account = AccountQueries.accountOf(em, person(personId)).orElseThrow(() -> new NotFoundException("account"));
        codes.unlock(account.getId());
        log(personId, adviser, Action.ACCOUNT_UNLOCKED);
    }

    /**
     * Creates the online account of a person without an e-mail address; codes then go by post.
     *
     * @return false if the person already had an account (nothing changed)
     */
    public boolean createAccount(String adviser, long personId) {
        boolean created = accounts.createByPost(person(personId).getId()) == AccountService.Creation.CREATED;
        if (created) {
            log(personId, adviser, Action.ACCOUNT_CREATED);
        }
        return created;
    }

    /** Per subject: how many threads, and how many got a first answer within 48 hours. */
    public record SubjectStats(Subject subject, long threads, long answeredInTime) {

        /** Whole percent, 0 when there is no thread. */
        public long answeredInTimePercent() {
            return threads == 0 ? 0 : Math.round(100.0 * answeredInTime / threads);
        }
    }

    /** /admin/messagerie: one line per subject, every subject listed. */
    public List<SubjectStats> stats() {
        Map<Subject, long[]> counts = new EnumMap<>(Subject.class);
        for (Subject subject : Subject.values()) {
            counts.put(subject, new long[2]);
        }
        em.createNamedQuery("MessageThread.answerTimes", Object[].class).getResultStream().forEach(row -> {
            long[] count = counts.get((Subject) row[0]);
            count[0]++;
            Instant created = (Instant) row[1];
            Instant answered = (Instant) row[2];
            if (answered != null && !answered.isAfter(created.plus(ANSWER_TARGET))) {
                count[1]++;
            }
        });
        return counts.entrySet().stream().map(e -> new SubjectStats(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private MessageThread find(long threadId) {
        MessageThread thread = em.find(MessageThread.class, threadId);
        if (thread == null) {
            throw new NotFoundException("thread");
        }
        return thread;
    }

    private MessageThread openThread(long threadId) {
        MessageThread thread = find(threadId);
        if (!thread.isOpen()) {
            throw new ThreadClosedException();
        }
        return thread;
    }

    private InsuredPerson person(long personId) {
        InsuredPerson person = em.find(InsuredPerson.class, personId);
        if (person == null) {
            throw new NotFoundException("person");
        }
        return person;
    }

    private void log(MessageThread thread, String adviser, Action action) {
        log(thread.getInsuredPerson().getId(), adviser, action);
    }

    private void log(long personId, String adviser, Action action) {
        em.persist(new AccessLog(personId, adviser, action, clock.instant()));
    }
}
