package org.compteassure.it.messaging;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.compteassure.service.security.Roles;
import org.compteassure.persistence.security.StaffMember;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.TestClock;
import org.compteassure.it.support.TestPayments;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.AccessLog.Action;
import org.compteassure.persistence.messaging.Attachment;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.persistence.notification.OutboundMail;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.payment.PaymentRow;
import org.compteassure.service.messaging.AlreadyTakenException;
import org.compteassure.service.messaging.AttachmentFile;
import org.compteassure.service.messaging.AttachmentLink;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.FileAccess;
import org.compteassure.service.messaging.InvalidMessageException;
import org.compteassure.service.messaging.MessagingService;
import org.compteassure.service.messaging.MessagingService.ThreadView;
import org.compteassure.service.messaging.NewAttachment;
import org.compteassure.service.messaging.ReplyFollowUps;
import org.compteassure.service.messaging.ThreadMessage;
import org.compteassure.service.notification.LetterService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messaging and the adviser desk through their services, inside the server: life cycle, files, follow-ups, access. */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(MessagingIT.class, People.class, Mailbox.class, TestAccounts.class);
    }

    @Inject
    private Transactions tx;

    @Inject
    private TestClock testClock;

    @Inject
    private MessagingService messaging;

    @Inject
    private AdviserDeskService desk;

    @Inject
    private ReplyFollowUps followUps;

    @Inject
    private LetterService letters;

    /** A person in the register with an active account; returns the account's id. */
    private long newAccount(People.Person person) {
        return TestAccounts.create(tx, person);
    }

    private boolean inInbox(long thread) {
        return Callers.asAdviser("conseiller-test", () -> desk.inbox()).stream().anyMatch(t -> t.id() == thread);
    }

    private long personOf(long accountId) {
        return tx.call(em -> em.find(Account.class, accountId).getInsuredPerson().getId());
    }

    private List<OutboundMail> mailsTo(String address) {
        return tx.call(em -> em.createQuery("SELECT m FROM OutboundMail m WHERE m.recipient = :to ORDER BY m.id",
                OutboundMail.class).setParameter("to", address).getResultList());
    }

    private List<PostalLetter> lettersFor(long personId) {
        return tx.call(em -> em.createQuery("SELECT l FROM PostalLetter l WHERE l.insuredPersonId = :p ORDER BY l.id",
                PostalLetter.class).setParameter("p", personId).getResultList());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aThreadGoesFromTheFirstMessageToAClosedReply() {
        People.Person person = People.fresh(true);
        long account = newAccount(person);
        long thread = Callers.asInsured(account,
                () -> messaging.write(Subject.REIMBURSEMENTS, "Où en est mon remboursement ?", List.of()));
        assertTrue(Callers.asAdviser("conseiller-test",
                () -> desk.inbox()).stream().anyMatch(t -> t.id() == thread), "in the advisers' inbox");
        assertEquals(1, Callers.asInsured(account, () -> messaging.threads()).size());

        Callers.asAdviser("conseil-a", () -> desk.take(thread));
        Callers.asAdviser("conseil-a", () -> desk.note(thread, "Vérifier la feuille de soins du 3/11"));
        String reply = "Votre remboursement part demain " + System.nanoTime();
        Callers.asAdviser("conseil-a", () -> desk.reply(thread, reply, List.of()));
        assertEquals(1, Callers.asInsured(account, () -> messaging.unreadReplies()));
        assertFalse(inInbox(thread), "answered: it waits for the person, not for an adviser");

        ThreadView view = Callers.asInsured(account, () -> messaging.read(thread));
        assertEquals(List.of(Message.Kind.FROM_INSURED, Message.Kind.REPLY),
                view.messages().stream().map(ThreadMessage::kind).toList(), "the internal note is never shown");
        assertEquals(1, view.newReplies().size());
        assertEquals(0, Callers.asInsured(account,
                () -> messaging.unreadReplies()), "opening the thread read the reply");

        Callers.asInsured(account, () -> messaging.reply(thread, "Merci beaucoup", List.of()));
        assertTrue(inInbox(thread), "the person has the last word again: it waits");
        Callers.asAdviser("conseil-a", () -> desk.close(thread));
        MessageThread closed = tx.call(em -> em.find(MessageThread.class, thread));
        assertEquals(MessageThread.Status.CLOSED, closed.getStatus());
        assertNotNull(closed.getFirstAnswerAt());
        assertFalse(Callers.asAdviser("conseiller-test",
                () -> desk.inbox()).stream().anyMatch(t -> t.id() == thread), "no longer in the inbox");

        List<OutboundMail> mails = mailsTo(person.email());
        assertEquals(1, mails.size(), "one notice for the one reply");
        assertEquals("Vous avez reçu un nouveau message", mails.get(0).getSubject());
        assertFalse(String.valueOf(mails.get(0).getTextBody()).contains(reply)
                        || String.valueOf(mails.get(0).getHtmlBody()).contains(reply),
                "never the content");
    }

    @Test
    void attachmentsAreStoredAndComeBackIntact() throws Exception {
        long account = newAccount(People.fresh(false));
        byte[] png = new byte[300_000];
        new java.util.Random(42).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        // The third name is shown "facture exe.pdf" by its right-to-left override: stored without it, as a PDF.
        long thread = Callers.asInsured(account,
                () -> messaging.write(Subject.ATTESTATIONS, "Trois pièces", List.of(new NewAttachment("ordonnance.pdf", PDF), new NewAttachment("C:\\scans\\photo.png", png),
                        new NewAttachment("facture\u202Efdp.exe", PDF))));

        List<AttachmentLink> stored = Callers.asInsured(account,
                () -> messaging.read(thread)).messages().get(0).attachments();
        assertEquals(List.of("ordonnance.pdf", "photo.png", "facturefdp.exe.pdf"),
                stored.stream().map(AttachmentLink::fileName).toList());
        assertEquals(List.of("application/pdf", "image/png", "application/pdf"),
                stored.stream().map(AttachmentLink::contentType).toList());
        assertEquals(png.length, stored.get(1).sizeBytes());
        assertEquals(sha256(png), tx.call(em -> em.find(Attachment.class, stored.get(1).id())).getSha256());
        AttachmentFile back = Callers.asInsured(account, () -> messaging.attachment(stored.get(1).id()));
        assertArrayEquals(png, back.content());
        assertEquals(sha256(png), sha256(back.content()));
    }

    @Test
    void aRenamedExecutableAndA6MegabyteFileAreRefusedAndNothingIsStored() {
        long account = newAccount(People.fresh(false));
        byte[] exe = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 4096);
        AttachmentRejectedException renamed = assertThrows(AttachmentRejectedException.class,
                () -> Callers.asInsured(account,
                        () -> messaging.write(Subject.OTHER, "Ma facture", List.of(new NewAttachment("facture.pdf", exe)))));
        assertEquals(AttachmentRejectedException.Reason.WRONG_TYPE, renamed.reason());
        assertEquals("facture.pdf", renamed.fileName());

        byte[] big = Arrays.copyOf(PDF, 6 * 1024 * 1024);
        AttachmentRejectedException tooLarge = assertThrows(AttachmentRejectedException.class,
                () -> Callers.asInsured(account,
                        () -> messaging.write(Subject.OTHER, "Mon scan", List.of(new NewAttachment("scan.pdf", big)))));
        assertEquals(AttachmentRejectedException.Reason.TOO_LARGE, tooLarge.reason());

        assertThrows(AttachmentRejectedException.class, () -> Callers.asInsured(account,
                () -> messaging.write(Subject.OTHER, "Quatre", List.of(new NewAttachment("1.pdf", PDF), new NewAttachment("2.pdf", PDF), new NewAttachment("3.pdf", PDF),
                        new NewAttachment("4.pdf", PDF)))));
        assertThrows(InvalidMessageException.class, () -> Callers.asInsured(account,
                () -> messaging.write(Subject.OTHER, "x".repeat(4001), List.of())));
        assertThrows(InvalidMessageException.class, () -> Callers.asInsured(account,
                () -> messaging.write(Subject.OTHER, "   ", List.of())));
        assertEquals(List.of(), Callers.asInsured(account, () -> messaging.threads()), "nothing stored");
    }

    @Test
    void anUnreadReplyIsNotifiedThenRemindedAfter7DaysThenPostedAfter14() {
        People.Person person = People.fresh(true);
        long account = newAccount(person);
        long personId = personOf(account);
        long thread = Callers.asInsured(account,
                () -> messaging.write(Subject.DAILY_ALLOWANCES, "Mes IJ de novembre ?", List.of()));
        String reply = "Vos indemnités de novembre sont versées le 5 décembre.\nCordialement.";
        Callers.asAdviser("conseil-b", () -> desk.reply(thread, reply, List.of()));
        long read = Callers.asInsured(account, () -> messaging.write(Subject.OTHER, "Une autre question", List.of()));
        Callers.asAdviser("conseil-b", () -> desk.reply(read, "Réponse lue à temps", List.of()));
        Callers.asInsured(account, () -> messaging.read(read));
        try {
            Callers.asSystem(() -> followUps.runDue());
            assertEquals(1 + 1, mailsTo(person.email()).size(), "two notices, no reminder yet");

            testClock.advance(Duration.ofDays(7).plusMinutes(1));
            Callers.asSystem(() -> followUps.runDue());
            List<OutboundMail> mails = mailsTo(person.email());
            assertEquals(3, mails.size(), "one reminder, for the unread reply only");
            assertEquals("Un message vous attend dans votre messagerie", mails.get(2).getSubject());
            assertFalse(String.valueOf(mails.get(2).getTextBody()).contains("indemnités de novembre"));
            assertEquals(List.of(), lettersFor(personId));

            testClock.advance(Duration.ofDays(7));
            Callers.asSystem(() -> followUps.runDue());
            Callers.asSystem(() -> followUps.runDue());
            List<PostalLetter> posted = lettersFor(personId);
            assertEquals(1, posted.size(), "one letter, however often the job runs");
            assertEquals(reply, posted.get(0).getReplyBody());
            assertEquals(3, mailsTo(person.email()).size());
            String printRun = new String(Callers.asAdviser("conseil-b",
                    () -> letters.printRun()).pdf(), StandardCharsets.ISO_8859_1);
            assertTrue(printRun.startsWith("%PDF"), "the reply letter prints");
        } finally {
            testClock.reset();
        }
    }

    @Test
    void twoAdvisersTakeAThreadAtOnceOneWinsTheOtherIsTold() throws Exception {
        long account = newAccount(People.fresh(false));
        long thread = Callers.asInsured(account, () -> messaging.write(Subject.VITALE_CARD, "Carte perdue", List.of()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String adviser : List.of("conseil-x", "conseil-y")) {
                Callable<String> take = () -> {
                    start.await();
                    try {
                        Callers.asAdviser(adviser, () -> desk.take(thread));
                        return "won:" + adviser;
                    } catch (AlreadyTakenException e) {
                        return "told";
                    }
                };
                results.add(pool.submit(take));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, outcomes.stream().filter(o -> o.startsWith("won:")).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter("told"::equals).count(), outcomes.toString());
            String winner = outcomes.stream().filter(o -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);
            assertEquals(winner, tx.call(em -> em.find(MessageThread.class, thread)).getAssignedTo());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyAdviserActionIsInThePersonsAccessLog() {
        People.Person person = People.fresh(true);
        long account = newAccount(person);
        long personId = personOf(account);
        tx.run(em -> {
            Account a = em.find(Account.class, account);
            for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
                a.recordFailure(Instant.now(), i + 1);
            }
        });
        long thread = Callers.asInsured(account,
                () -> messaging.write(Subject.ACCOUNT_AND_CODE, "Mon compte est bloqué", List.of(
                new NewAttachment("courrier.pdf", PDF))));
        long attachment = Callers.asInsured(account,
                () -> messaging.read(thread)).messages().get(0).attachments().get(0).id();

        String adviser = "conseil-c" + System.nanoTime() % 100_000;
        tx.run(em -> em.persist(new StaffMember(adviser, "Claire Conseil", "not-a-hash", Set.of(Roles.ADVISER))));
        assertTrue(Callers.asAdviser(adviser, () -> desk.file(personId)).locked());
        Callers.asAdviser(adviser, () -> desk.thread(thread));
        Callers.asAdviser(adviser, () -> desk.thread(thread));
        Callers.asAdviser(adviser, () -> desk.attachment(attachment));
        Callers.asAdviser(adviser, () -> desk.take(thread));
        Callers.asAdviser(adviser, () -> desk.note(thread, "Identité vérifiée au téléphone"));
        Callers.asAdviser(adviser, () -> desk.unlock(personId));
        Callers.asAdviser(adviser, () -> desk.sendProvisionalCode(personId));
        Callers.asAdviser(adviser, () -> desk.reply(thread, "Votre compte est débloqué.", List.of()));
        Callers.asAdviser(adviser, () -> desk.close(thread));

        assertFalse(Callers.asAdviser(adviser, () -> desk.file(personId)).locked(), "unlocked");
        assertEquals(1, lettersFor(personId).stream().filter(l -> l.getSecret() != null).count(), "a code by post");
        List<FileAccess> log = Callers.asInsured(account, () -> messaging.accessLog());
        assertEquals(List.of(Action.FILE_OPENED, Action.THREAD_CLOSED, Action.REPLIED, Action.CODE_SENT_BY_POST,
                        Action.ACCOUNT_UNLOCKED, Action.NOTE_ADDED, Action.THREAD_TAKEN, Action.ATTACHMENT_OPENED,
                        Action.THREAD_OPENED, Action.FILE_OPENED),
                log.stream().map(FileAccess::action).toList(), "newest first, one entry per opening or action");
        assertTrue(log.stream().allMatch(entry -> entry.adviser().equals("Claire Conseil")),
                "the adviser's display name, never the username");
        FileAccess read = log.stream().filter(e -> e.action() == Action.THREAD_OPENED).findFirst().orElseThrow();
        assertEquals(Subject.ACCOUNT_AND_CODE, read.threadSubject(), "which thread was read");
        assertEquals("courrier.pdf", log.stream().filter(e -> e.action() == Action.ATTACHMENT_OPENED).findFirst()
                .orElseThrow().documentName(), "which document was opened");
        ThreadView shown = Callers.asInsured(account, () -> messaging.read(thread));
        assertEquals("Claire Conseil", shown.messages().get(shown.messages().size() - 1).author(),
                "the person reads who answered by name");

        testClock.advance(Duration.ofMinutes(61));
        try {
            Callers.asAdviser(adviser, () -> desk.thread(thread));
        } finally {
            testClock.reset();
        }
        assertEquals(2, Callers.asInsured(account, () -> messaging.accessLog()).stream()
                .filter(e -> e.action() == Action.THREAD_OPENED).count(), "read again an hour later: a new line");
    }

    @Test
    void anAdviserCreatesTheAccountOfAPersonWithoutEmailAndItIsLogged() {
        People.Person person = People.fresh(false);
        long personId = tx.call(em -> {
            InsuredPerson p = new InsuredPerson(Nir.parse(person.nir13(), false), "SANSMAIL", person.givenNames(),
                    person.birthDate(), Sex.MALE, new PostalAddress("1 PLACE DU MARCHE", null, "29000", "QUIMPER", "FRANCE"));
            em.persist(p);
            em.flush();
            return p.getId();
        });
        tx.call(em -> TestPayments.persist(em, Map.of("nir", person.nir13(), "reference", "DESK-" + person.nir13(),
                "careDate", LocalDate.now(ClockProducer.ZONE).minusDays(3).toString(), "amount", "21.00", "status", "PAID")::get));
        assertFalse(Callers.asAdviser("conseil-d", () -> desk.file(personId)).hasAccount());
        assertTrue(Callers.asAdviser("conseil-d", () -> desk.createAccount(personId)));
        assertFalse(Callers.asAdviser("conseil-d", () -> desk.createAccount(personId)), "only once");
        AdviserDeskService.PersonFile file = Callers.asAdviser("conseil-d", () -> desk.file(personId));
        assertEquals(Account.Status.PENDING, file.accountStatus());
        assertEquals(List.of(new BigDecimal("21.00")), file.payments().stream().map(PaymentRow::amountPaid).toList(),
                "the file shows the person's newest payments");
        assertEquals(1, lettersFor(personId).size(), "the provisional code goes by post");
        List<Action> actions = tx.call(em -> em.createNamedQuery("AccessLog.findByPerson", AccessLog.class)
                .setParameter("personId", personId).getResultList()).stream().map(AccessLog::getAction).toList();
        assertEquals(List.of(Action.FILE_OPENED, Action.ACCOUNT_CREATED, Action.FILE_OPENED), actions);
        assertEquals(1, Callers.asAdviser("conseiller-test",
                () -> desk.searchByName("sansmail", person.birthDate())).stream()
                .filter(p -> p.id() == personId).count(), "found by name (any case) and birth date");
        assertEquals(List.of(), Callers.asAdviser("conseiller-test",
                () -> desk.searchByName("sansmail", LocalDate.of(1900, 1, 1))));
    }

    @Test
    void anotherPersonsThreadOrAttachmentIsNotFound() {
        long owner = newAccount(People.fresh(false));
        long other = newAccount(People.fresh(false));
        long thread = Callers.asInsured(owner,
                () -> messaging.write(Subject.OTHER, "Privé", List.of(new NewAttachment("privé.pdf", PDF))));
        long attachment = Callers.asInsured(owner,
                () -> messaging.read(thread)).messages().get(0).attachments().get(0).id();
        Callers.asAdviser("conseil-e", () -> desk.note(thread, "note"));

        assertThrows(NotFoundException.class, () -> Callers.asInsured(other, () -> messaging.read(thread)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(other,
                () -> messaging.reply(thread, "intrus", List.of())));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(other, () -> messaging.settle(thread)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(other, () -> messaging.attachment(attachment)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(owner, () -> messaging.read(Long.MAX_VALUE)));
        assertEquals(List.of(), Callers.asInsured(other, () -> messaging.threads()));
        assertEquals(1, Callers.asInsured(owner,
                () -> messaging.read(thread)).messages().size(), "and the owner never sees the note");
    }

    @Test
    void textIsStoredExactlyAsTyped() {
        long account = newAccount(People.fresh(false));
        String typed = "<script>alert('x')</script> <b>gras</b> & \"guillemets\" ' OR '1'='1'; DROP TABLE message; --\n"
                + "שלום עליכם مرحبا 😀👍🏽 é\u0301 \u202Eabc";
        long thread = Callers.asInsured(account, () -> messaging.write(Subject.OTHER, typed, List.of()));
        assertEquals(typed, tx.call(em -> em.find(MessageThread.class, thread)).getMessages().get(0).getBody());
        assertEquals(typed, Callers.asInsured(account, () -> messaging.read(thread)).messages().get(0).body());
    }
}
