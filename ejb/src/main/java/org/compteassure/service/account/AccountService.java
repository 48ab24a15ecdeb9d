package org.compteassure.service.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.code.SessionService;

/**
 * The life of an online account: opening one (identity proven against the register, or checked by an adviser) and
 * closing it. The register's updates are {@link RegisterService}'s, the details the person keeps up to date
 * {@link ProfileService}'s, their children {@link FamilyService}'s.
 */
@Stateless
public class AccountService {

    public enum Creation { CREATED, ALREADY_EXISTS }

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretHasher hasher;

    @EJB
    private CodeService codes;

    @EJB
    private SessionService sessions;

    @EJB
    private AttemptLimiter limiter;

    @Inject
    private Event<AccountClosed> closed;

    /**
     * "Je crée mon compte": identity is proven only if number, birth date, carte Vitale serial number and the end of
     * the IBAN all match the register. Then a link (e-mail) or a provisional code (letter) is sent.
     *
     * Over the client address's budget of such requests ({@link AttemptLimiter#admitRequest}), nothing is checked
     * or sent, and the answer is the neutral {@link Creation#CREATED}.
     *
     * @throws IdentityNotProvenException whatever differs, including an unknown number
     */
    public Creation create(CreationRequest request, String clientAddress) {
        if (!limiter.admitRequest(clientAddress, clock.instant())) {
            return Creation.CREATED;
        }
        InsuredPerson person = AccountQueries.person(em, request.nir())
                .filter(p -> p.getBirthDate().equals(request.birthDate()))
                .filter(p -> sameIgnoringSpaces(p.getVitaleSerial(), request.vitaleSerial()))
                .filter(p -> p.getIban() != null && sameIgnoringSpaces(p.getIban().lastCharacters(7), request.ibanEnd()))
                .orElseThrow(IdentityNotProvenException::new);
        return open(person, request.email().strip(), request.channel());
    }

    /**
     * An adviser opens the online account of a person who has no e-mail address (identity checked at the desk): the
     * provisional code goes by post, and so will every later code.
     */
    public Creation createByPost(long insuredPersonId) {
        return open(em.find(InsuredPerson.class, insuredPersonId), null, Channel.POST);
    }

    private Creation open(InsuredPerson person, String email, Channel channel) {
        if (AccountQueries.accountOf(em, person).isPresent()) {
            return Creation.ALREADY_EXISTS;
        }
        Account account = new Account(person, email, clock.instant());
        em.persist(account);
        em.flush();
        codes.issueSetCode(account.getId(), Reason.CREATION, channel);
        return Creation.CREATED;
    }

    /** "Résilier mon compte": asks for the code again; ends every session; keeps payments and documents. */
    public void close(long accountId, char[] code) {
        Account account = em.find(Account.class, accountId);
        if (account.getCodeHash() == null || !hasher.verify(code, account.getCodeHash())) {
            throw new WrongCodeException();
        }
        Instant now = clock.instant();
        account.close(now);
        sessions.endOtherSessions(accountId, null);
        sessions.revokeDevices(accountId);
        closed.fire(new AccountClosed(accountId, now));
    }

    /** The name of the person behind an account, for the pages that greet them. */
    public PersonName name(long accountId) {
        InsuredPerson person = person(accountId);
        return new PersonName(person.getGivenNames(), person.getFamilyName());
    }

    /**
     * The person behind an account, for the services of the features that act for them (documents, cards, the
     * profile) within their own transaction; pages get records ({@link #name}, {@link ProfileService#profile}).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public InsuredPerson person(long accountId) {
        return em.find(Account.class, accountId).getInsuredPerson();
    }

    private static boolean sameIgnoringSpaces(String stored, String typed) {
        if (stored == null || typed == null) {
            return false;
        }
        return stored.replaceAll("\\s", "").equalsIgnoreCase(typed.replaceAll("\\s", ""));
    }
}
