package org.compteassure.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * The life of an online account: opening one (identity proven against the register, or checked by an adviser) and
 * closing it. The register's updates are {@link RegisterService}'s, the details the person keeps up to date
 * {@link ProfileService}'s, their children {@link FamilyService}'s.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class AccountService {

    public enum Creation { CREATED, ALREADY_EXISTS }

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

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
    // Anonymous: "Je crée mon compte" proves the identity against the register.
    @PermitAll
    public Creation create(CreationRequest request, String clientAddress) {
        if (!limiter.admitRequest(clientAddress, clock.instant())) {
            return Creation.CREATED;
        }
        InsuredPerson person = AccountQueries.person(em, request.nir())
                .filter(p -> p.getBirthDate().equals(request.birthDate()))
                .filter(p -> sameIgnoringSpaces(p.getVitaleSerial(), request.vitaleSerial()))
                .filter(p -> p.getIban() != null && sameIgnoringSpaces(p.getIban().lastCharacters(7), request.ibanEnd()))
                .orElseThrow(IdentityNotProvenException::new);
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        return open(person, email, request.channel());
    }

    /**
     * An adviser opens the online account of a person who has no e-mail address (identity checked at the desk): the
     * provisional code goes by post, and so will every later code.
     */
    @RolesAllowed(Roles.ADVISER)
    public Creation createByPost(long insuredPersonId) {
        InsuredPerson person = em.find(InsuredPerson.class, insuredPersonId);
        // A pending account already has its letter; the desk's "new provisional code" sends another one.
        if (AccountQueries.accountOf(em, person).isPresent()) {
            return Creation.ALREADY_EXISTS;
        }
        return open(person, null, Channel.POST);
    }

    /**
     * A new account, or a new activation for one that was never activated (its first link may have gone to a
     * mistyped address): the new link or code replaces the pending one. The typed address stays with the link
     * until it is followed ({@link CodeService#issueCreationCode}).
     */
    private Creation open(InsuredPerson person, String email, Channel channel) {
        Account account = AccountQueries.accountOf(em, person).orElse(null);
        if (account != null && (account.getStatus() != Account.Status.PENDING || account.getCodeHash() != null)) {
            return Creation.ALREADY_EXISTS;
        }
        if (account == null) {
            account = new Account(person, null, clock.instant());
            em.persist(account);
            em.flush();
        }
        codes.issueCreationCode(account.getId(), channel, email);
        return Creation.CREATED;
    }

    /** "Résilier mon compte": asks for the code again; ends every session; keeps payments and documents. */
    public void close(char[] code) {
        long accountId = caller.accountId();
        Account account = em.find(Account.class, accountId);
        if (account.getCodeHash() == null || !hasher.verify(code, account.getCodeHash())) {
            throw new WrongCodeException();
        }
        Instant now = clock.instant();
        account.close(now);
        sessions.logOutEverywhere();
        closed.fire(new AccountClosed(accountId, now));
    }

    /** The name of the person behind an account, for the pages that greet them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PersonName name() {
        InsuredPerson person = person();
        return new PersonName(person.getGivenNames(), person.getFamilyName());
    }

    /**
     * The person behind an account, for the services of the features that act for them (documents, cards, the
     * profile) within their own transaction; pages get records ({@link #name}, {@link ProfileService#profile}).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public InsuredPerson person() {
        long accountId = caller.accountId();
        return em.find(Account.class, accountId).getInsuredPerson();
    }

    private static boolean sameIgnoringSpaces(String stored, String typed) {
        if (stored == null || typed == null) {
            return false;
        }
        return stored.replaceAll("\\s", "").equalsIgnoreCase(typed.replaceAll("\\s", ""));
    }
}
