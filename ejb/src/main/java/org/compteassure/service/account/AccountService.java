package org.compteassure.service.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.code.SessionService;

/**
 * The register of insured people and their online accounts: opening one (identity proven against the register),
 * closing it, and the claims system's updates of the register.
 */
@Stateless
public class AccountService {

    public enum Creation { CREATED, ALREADY_EXISTS }

    @PersistenceContext(unitName = "compte-assure")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretHasher hasher;

    @EJB
    private CodeService codes;

    @EJB
    private SessionService sessions;

    @Inject
    private Event<AccountClosed> closed;

    /**
     * "Je crée mon compte": identity is proven only if number, birth date, carte Vitale serial number and the end of
     * the IBAN all match the register. Then a link (e-mail) or a provisional code (letter) is sent.
     *
     * @throws IdentityNotProvenException whatever differs, including an unknown number
     */
    public Creation create(CreationRequest request) {
        InsuredPerson person = findPerson(request.nir())
                .filter(p -> p.getBirthDate().equals(request.birthDate()))
                .filter(p -> sameIgnoringSpaces(p.getVitaleSerial(), request.vitaleSerial()))
                .filter(p -> p.getIban() != null && sameIgnoringSpaces(p.getIban().lastCharacters(7), request.ibanEnd()))
                .orElseThrow(IdentityNotProvenException::new);
        if (findAccount(person).isPresent()) {
            return Creation.ALREADY_EXISTS;
        }
        Account account = new Account(person, request.email().strip(), clock.instant());
        em.persist(account);
        em.flush();
        codes.issueSetCode(account, Reason.CREATION, request.channel());
        return Creation.CREATED;
    }

    /**
     * An adviser opens the online account of a person who has no e-mail address (identity checked at the desk): the
     * provisional code goes by post, and so will every later code.
     */
    public Creation createByPost(long insuredPersonId) {
        InsuredPerson person = em.find(InsuredPerson.class, insuredPersonId);
        if (findAccount(person).isPresent()) {
            return Creation.ALREADY_EXISTS;
        }
        Account account = new Account(person, null, clock.instant());
        em.persist(account);
        em.flush();
        codes.issueSetCode(account, Reason.CREATION, Channel.POST);
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
        sessions.trustedDevices(accountId).forEach(device -> device.revoke(now));
        closed.fire(new AccountClosed(accountId, now));
    }

    /** The person behind an account, for pages that greet them or show their details. */
    public InsuredPerson person(long accountId) {
        return em.find(Account.class, accountId).getInsuredPerson();
    }

    /** The register update from the claims system: creates or replaces the person's data, idempotently. */
    public boolean upsert(Nir nir, RegisterEntry entry) {
        Optional<InsuredPerson> existing = findPerson(nir);
        InsuredPerson person = existing.orElseGet(() -> new InsuredPerson(nir, entry.familyName(), entry.givenNames(),
                entry.birthDate(), entry.sex(), entry.address()));
        person.setFamilyName(entry.familyName());
        person.setGivenNames(entry.givenNames());
        person.setBirthDate(entry.birthDate());
        person.setSex(entry.sex());
        person.setAddress(entry.address());
        person.setIban(entry.iban());
        person.setVitaleSerial(entry.vitaleSerial());
        person.setEmail(entry.email());
        person.replaceBeneficiaries(entry.beneficiaries().stream()
                .map(child -> new InsuredPerson.NewBeneficiary(child.familyName(), child.givenNames(), child.birthDate()))
                .toList());
        if (existing.isEmpty()) {
            em.persist(person);
        }
        return existing.isEmpty();
    }

    private Optional<InsuredPerson> findPerson(Nir nir) {
        return em.createNamedQuery("InsuredPerson.findByNir", InsuredPerson.class)
                .setParameter("nir", nir)
                .getResultStream().findFirst();
    }

    private Optional<Account> findAccount(InsuredPerson person) {
        return em.createNamedQuery("Account.findByNir", Account.class)
                .setParameter("nir", person.getNir())
                .getResultStream().findFirst();
    }

    private static boolean sameIgnoringSpaces(String stored, String typed) {
        if (stored == null || typed == null) {
            return false;
        }
        return stored.replaceAll("\\s", "").equalsIgnoreCase(typed.replaceAll("\\s", ""));
    }
}
