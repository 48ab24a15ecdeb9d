package org.compteassure.service.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.platform.Installation;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/** Letters by post: written by the features that need them, printed by staff in runs (one PDF, marked printed). */
@Stateless
@RolesAllowed(Roles.ADVISER)
public class LetterService {

    /** One print run: at most this many letters, so that the PDF stays a reasonable download. */
    public static final int RUN_SIZE = 500;

    /** The PDF of a print run and how many letters it holds. */
    public record PrintRun(int count, byte[] pdf, LocalDate date) {
    }

    /**
     * A line of the letters waiting to be printed: when it was written, to whom, and its kind (a {@code Reason} of a
     * provisional code or a {@code PostalLetter.Notice}, by name). Never the code it may carry.
     */
    public record WaitingLetter(Instant createdAt, String recipientName, String kind) {
    }

    /**
     * A letter written to the person, as they may see it: when, of what kind (as {@link WaitingLetter#kind}), and
     * when it was printed to be posted (null while it waits). Never its address, nor the code it may carry.
     */
    public record SentLetter(Instant writtenAt, String kind, Instant printedAt) {
    }

    /** The most letters {@link #mine} lists. */
    public static final int MINE_MAX = 100;

    @Inject
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Installation installation;

    /** The letters written to the calling person, newest first (the latest {@value #MINE_MAX}). */
    @RolesAllowed(Roles.INSURED)
    public List<SentLetter> mine() {
        return em.createNamedQuery("PostalLetter.findByPerson", PostalLetter.class)
                .setParameter("personId", accounts.person().getId())
                .setMaxResults(MINE_MAX)
                .getResultStream()
                .map(letter -> new SentLetter(letter.getCreatedAt(), letter.getType(), letter.getPrintedAt()))
                .toList();
    }

    /** The letters the next print run holds, oldest first. */
    public List<WaitingLetter> unprinted() {
        return waiting().stream()
                .map(letter -> new WaitingLetter(letter.getCreatedAt(), letter.getRecipientName(), letter.getType()))
                .toList();
    }

    private List<PostalLetter> waiting() {
        return em.createNamedQuery("PostalLetter.findUnprinted", PostalLetter.class).setMaxResults(RUN_SIZE).getResultList();
    }

    /**
     * Renders the waiting letters as one PDF and marks them printed by this staff member, in one transaction: two
     * advisers printing at once cannot print the same letter twice (the rows are locked).
     */
    public PrintRun printRun() {
        String staffUsername = caller.staffLogin();
        // Lock by id: H2's dialect cannot combine FOR UPDATE with LIMIT.
        List<Long> ids = waiting().stream().map(PostalLetter::getId).toList();
        List<PostalLetter> letters = ids.isEmpty() ? List.of() : em.createNamedQuery("PostalLetter.lockUnprinted",
                        PostalLetter.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        LocalDate today = LocalDate.now(clock);
        if (letters.isEmpty()) {
            return new PrintRun(0, new byte[0], today);
        }
        String base = installation.baseUrl();
        byte[] pdf = new LetterPdf(installation.letterhead()).render(letters.stream()
                .map(letter -> letter(letter, today, base).to(sex(letter)))
                .toList());
        Instant now = clock.instant();
        letters.forEach(letter -> letter.printed(staffUsername, now));
        return new PrintRun(letters.size(), pdf, today);
    }

    /** The register's sex of the recipient, for the salutation; null if the person is gone from the register. */
    private Sex sex(PostalLetter letter) {
        InsuredPerson person = em.find(InsuredPerson.class, letter.getInsuredPersonId());
        return person == null ? null : person.getSex();
    }

    private static Letter letter(PostalLetter letter, LocalDate today, String base) {
        LocalDate written = letter.getCreatedAt().atZone(ClockProducer.ZONE).toLocalDate();
        if (letter.getNotice() == PostalLetter.Notice.BANK_DETAILS_CHANGED) {
            return Letter.changed("bankDetailsChanged", letter.getRecipientName(), letter.getAddressLines(), today,
                    written);
        }
        if (letter.getNotice() == PostalLetter.Notice.CODE_CHANGED) {
            return Letter.changed("codeChanged", letter.getRecipientName(), letter.getAddressLines(), today, written);
        }
        if (letter.getNotice() != null && letter.getNotice().isPlain()) {
            return Letter.notice(letter.getNotice().name(), letter.getRecipientName(), letter.getAddressLines(),
                    today, letter.getDetails(), base + "/");
        }
        if (letter.getNotice() == PostalLetter.Notice.DEMARCHE_ADVANCED) {
            return Letter.demarcheAdvanced(letter.getRecipientName(), letter.getAddressLines(), today,
                    letter.getReference(), base + "/espace/demarches");
        }
        if (letter.isReply()) {
            return Letter.reply(letter.getRecipientName(), letter.getAddressLines(), written,
                    letter.getRepliedAt().atZone(ClockProducer.ZONE).toLocalDate(),
                    Subject.valueOf(letter.getReplySubject()), letter.getReplyBody(), base + "/");
        }
        return Letter.provisionalCode(letter.getRecipientName(), letter.getAddressLines(), written, letter.getSecret(),
                CodeService.PROVISIONAL_CODE_VALIDITY, letter.getKind(), base + "/");
    }
}
