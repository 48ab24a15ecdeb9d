package org.compteassure.service.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.AccessLog.Action;
import org.compteassure.persistence.messaging.Attachment;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Status;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.payment.PaymentRow;
import org.compteassure.service.payment.PaymentService;
import org.compteassure.service.messaging.MessagingEvents.ReplyPosted;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.FactorService;
import org.compteassure.service.security.Roles;

/**
 * The adviser desk: the inbox of open threads, answering them, finding an insured person and helping them with
 * their account. Every opening of a person's file or thread and every action on it writes an {@link AccessLog}
 * row in the same transaction, so no access goes unrecorded.
 * <p>
 * What the account, code and payment features do for the desk goes through their public, id-based methods
 * ({@link AccountService#createByPost}, {@link CodeService#sendCodeByPost}, {@link CodeService#unlock},
 * {@link PaymentService#newest}); pages get records, never entities.
 */
@Stateless
@RolesAllowed(Roles.ADVISER)
public class AdviserDeskService {

    /** Threads waiting longer than this stand out in the inbox; administrators count answers within it. */
    public static final Duration ANSWER_TARGET = Duration.ofHours(48);
    /** A thread read again by the same adviser within this time is one line of the person's access log. */
    static final Duration READ_AGAIN = Duration.ofHours(1);

    /** How many of the newest payments a person's file shows. */
    public static final int FILE_PAYMENTS = 10;

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @EJB
    private CodeService codes;

    @EJB
    private AccountService accounts;

    @EJB
    private SessionService sessions;

    @EJB
    private FactorService factors;

    @EJB
    private PaymentService payments;

    @Inject
    private Event<ReplyPosted> replyPosted;

    /** An insured person as the desk names them: a search result, the person who wrote a thread. */
    public record PersonSummary(long id, String givenNames, String familyName, LocalDate birthDate) {

        static PersonSummary of(InsuredPerson person) {
            return new PersonSummary(person.getId(), person.getGivenNames(), person.getFamilyName(),
                    person.getBirthDate());
        }
    }

    /**
     * A line of the inbox: an open thread whose last word is the person's, who wrote it, since when they wait (their
     * first message since the last reply), and who took it (or null).
     */
    public record WaitingThread(long id, Subject subject, String topic, PersonSummary person, Instant waitingSince,
                                String assignedTo) {
    }

    /** A thread as the adviser works on it, the internal notes included. */
    public record DeskThread(long id, Subject subject, String topic, Status status, PersonSummary person,
                             String assignedTo,
                             List<ThreadMessage> messages) {

        public boolean isOpen() {
            return status == Status.OPEN;
        }
    }

    /**
     * Open threads where the person has the last word (an answered thread waits for the person, not for the desk),
     * those who have waited longest first.
     */
    public List<WaitingThread> inbox() {
        Map<Long, Instant> waiting = LastWord.waitingSince(em.createNamedQuery("Message.wordsOfOpenThreads",
                        Object[].class).getResultStream()
                .map(row -> new LastWord.Word((Long) row[0], (Message.Kind) row[1], (Instant) row[2], (Long) row[3]))
                .toList());
        return em.createNamedQuery("MessageThread.findOpen", MessageThread.class).getResultStream()
                .filter(thread -> waiting.containsKey(thread.getId()))
                .map(thread -> new WaitingThread(thread.getId(), thread.getSubject(), thread.getTopic(),
                        PersonSummary.of(thread.getInsuredPerson()), waiting.get(thread.getId()),
                        thread.getAssignedTo()))
                .sorted(Comparator.comparing(WaitingThread::waitingSince).thenComparingLong(WaitingThread::id))
                .toList();
    }

    /** One thread with its notes, as the adviser works on it; logged as an access to the person's file. */
    public DeskThread thread(long threadId) {
        String adviser = caller.staffLogin();
        MessageThread thread = find(threadId);
        log(thread, adviser, Action.THREAD_OPENED);
        return new DeskThread(thread.getId(), thread.getSubject(), thread.getTopic(), thread.getStatus(),
                PersonSummary.of(thread.getInsuredPerson()), thread.getAssignedTo(),
                ThreadMessage.of(em, thread.getMessages()));
    }

    /**
     * "Prendre en charge": a conditional update that only one adviser can win when several click at once.
     *
     * @throws AlreadyTakenException if another adviser holds it (taking one's own thread again is fine)
     */
    public void take(long threadId) {
        String adviser = caller.staffLogin();
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
    public void reply(long threadId, String body, List<NewAttachment> attachments) {
        String adviser = caller.staffLogin();
        MessageThread thread = openThread(threadId);
        Message reply = MessageWriting.write(thread, Message.Kind.REPLY, adviser, body, attachments, clock.instant());
        em.flush();
        log(thread, adviser, Action.REPLIED);
        replyPosted.fire(new ReplyPosted(reply.getId()));
    }

    /** An internal note: advisers see it, the person never does. */
    public void note(long threadId, String body) {
        String adviser = caller.staffLogin();
        MessageThread thread = find(threadId);
        MessageWriting.write(thread, Message.Kind.NOTE, adviser, body, List.of(), clock.instant());
        log(thread, adviser, Action.NOTE_ADDED);
    }

    public void close(long threadId) {
        String adviser = caller.staffLogin();
        MessageThread thread = openThread(threadId);
        thread.close(clock.instant());
        log(thread, adviser, Action.THREAD_CLOSED);
    }

    /** Any attachment, notes included; logged. */
    public AttachmentFile attachment(long attachmentId) {
        String adviser = caller.staffLogin();
        Attachment attachment = found(Attachment.class, attachmentId, "attachment");
        log(attachment.getMessage().getThread(), adviser, Action.ATTACHMENT_OPENED, attachment.getFileName());
        return AttachmentFile.of(attachment);
    }

    /** "Rechercher un assuré" by number (13 or 15 characters): at most one person. */
    public List<PersonSummary> searchByNir(Nir nir) {
        return AccountQueries.person(em, nir).stream().map(PersonSummary::of).toList();
    }

    /** "Rechercher un assuré" by family name (any case) and birth date. */
    public List<PersonSummary> searchByName(String familyName, LocalDate birthDate) {
        return em.createNamedQuery("InsuredPerson.findByNameAndBirthDate", InsuredPerson.class)
                .setParameter("familyName", familyName.strip().toUpperCase(Locale.FRENCH))
                .setParameter("birthDate", birthDate)
                .setMaxResults(50)
                .getResultStream().map(PersonSummary::of).toList();
    }

    /** The register's details of a person, as their file shows them; {@code email} may be null. */
    public record PersonDetails(long id, Nir nir, String givenNames, String familyName, LocalDate birthDate,
                                String address, String email) {
    }

    /**
     * What an adviser sees of a person: the register, the online account's status (null without one) and whether
     * it is locked, the newest payments, the threads.
     */
    public record PersonFile(PersonDetails person, Account.Status accountStatus, boolean locked,
                             boolean strongFactor, List<PaymentRow> payments, List<ThreadLine> threads) {

        public boolean hasAccount() {
            return accountStatus != null;
        }
    }

    /** Opens a person's file (with their {@value #FILE_PAYMENTS} newest payments); logged. */
    public PersonFile file(long personId) {
        String adviser = caller.staffLogin();
        InsuredPerson person = person(personId);
        log(personId, adviser, Action.FILE_OPENED);
        Account account = AccountQueries.accountOf(em, person).orElse(null);
        List<ThreadLine> threads = em.createNamedQuery("MessageThread.findByPerson", MessageThread.class)
                .setParameter("personId", personId)
                .getResultStream().map(ThreadLine::of).toList();
        boolean locked = account != null && (account.isBlocked() || account.isLocked(clock.instant()));
        PersonDetails details = new PersonDetails(personId, person.getNir(), person.getGivenNames(),
                person.getFamilyName(), person.getBirthDate(), String.join(", ", person.getAddress().lines()),
                person.getEmail());
        boolean strongFactor = account != null && !codes.enrolledFactors(account.getId()).isEmpty();
        return new PersonFile(details, account == null ? null : account.getStatus(), locked, strongFactor,
                payments.newest(personId, FILE_PAYMENTS), threads);
    }

    /**
     * A new provisional code by post (the code feature's own flow: it replaces earlier codes and lifts a lockout).
     *
     * @throws NotFoundException if the person has no online account
     */
    public void sendProvisionalCode(long personId) {
        String adviser = caller.staffLogin();
        codes.sendCodeByPost(accountOf(personId));
        log(personId, adviser, Action.CODE_SENT_BY_POST);
    }

    /**
     * Lifts a lockout after the adviser checked who is calling.
     *
     * @throws NotFoundException if the person has no online account
     */
    public void unlock(long personId) {
        String adviser = caller.staffLogin();
        codes.unlock(accountOf(personId));
        log(personId, adviser, Action.ACCOUNT_UNLOCKED);
    }

    /**
     * Logs the person out of every browser and forgets the browsers they trusted, after the adviser checked who is
     * calling (a lost phone, a feared intrusion).
     *
     * @return how many sessions were open
     * @throws NotFoundException if the person has no online account
     */
    public int endSessions(long personId) {
        String adviser = caller.staffLogin();
        int ended = sessions.endEverySessionOf(accountOf(personId));
        log(personId, adviser, Action.SESSIONS_ENDED);
        return ended;
    }

    /**
     * Removes the person's strong factors and recovery codes, which they lost, after the adviser checked who is
     * calling: the e-mailed code is their second step again.
     *
     * @throws NotFoundException if the person has no online account
     */
    public void removeFactors(long personId) {
        String adviser = caller.staffLogin();
        factors.removeFactorsOf(accountOf(personId));
        log(personId, adviser, Action.FACTORS_REMOVED);
    }

    /**
     * Creates the online account of a person without an e-mail address; codes then go by post.
     *
     * @return false if the person already had an account (nothing changed)
     */
    public boolean createAccount(long personId) {
        String adviser = caller.staffLogin();
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
    @RolesAllowed(Roles.ADMIN)
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
        return found(MessageThread.class, threadId, "thread");
    }

    private MessageThread openThread(long threadId) {
        MessageThread thread = find(threadId);
        if (!thread.isOpen()) {
            throw new ThreadClosedException();
        }
        return thread;
    }

    private InsuredPerson person(long personId) {
        return found(InsuredPerson.class, personId, "person");
    }

    private <T> T found(Class<T> type, long id, String what) {
        return Optional.ofNullable(em.find(type, id)).orElseThrow(() -> new NotFoundException(what));
    }

    private long accountOf(long personId) {
        return AccountQueries.accountOf(em, person(personId)).orElseThrow(() -> new NotFoundException("account"))
                .getId();
    }

    private void log(MessageThread thread, String adviser, Action action) {
        log(thread, adviser, action, null);
    }

    /**
     * An action on a thread (or on one of its documents), naming it; reading a thread the same adviser read less than
     * an hour ago adds nothing, so that reloading the page is not one line per reload.
     */
    private void log(MessageThread thread, String adviser, Action action, String documentName) {
        Instant now = clock.instant();
        if (action == Action.THREAD_OPENED && em.createNamedQuery("AccessLog.countRecent", Long.class)
                .setParameter("threadId", thread.getId()).setParameter("staff", adviser)
                .setParameter("action", action).setParameter("since", now.minus(READ_AGAIN))
                .getSingleResult() > 0) {
            return;
        }
        em.persist(new AccessLog(thread.getInsuredPerson().getId(), adviser, action, now)
                .about(thread.getId(), documentName));
    }

    private void log(long personId, String adviser, Action action) {
        em.persist(new AccessLog(personId, adviser, action, clock.instant()));
    }
}
